// Calls every function of `maps` on the test component and checks each
// answer. A map is a list of entries; maps compare without regard to
// order. What imports return is ours to free.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "runner.h"
#include "text.h"

#define MAPS(name) compose_maps_fixed_maps_##name
#define LEN(array) (sizeof(array) / sizeof((array)[0]))

typedef compose_maps_fixed_maps_entry_t entry_t;
typedef runner_map_string_u32_t map_string_u32_t;
typedef runner_map_string_u32_entry_t string_u32_t;

static bool same_strings(const runner_list_string_t *a, const runner_list_string_t *b) {
  if (a->len != b->len) {
    return false;
  }
  for (size_t i = 0; i < a->len; i++) {
    if (!same_string(&a->ptr[i], &b->ptr[i])) {
      return false;
    }
  }
  return true;
}

static bool same_entry(const entry_t *a, const entry_t *b) {
  return a->id == b->id && memcmp(&a->coords, &b->coords, sizeof a->coords) == 0 && same_strings(&a->tags, &b->tags);
}

/// Every entry of `expected` is in `actual`, and they are as long.
static bool same_string_u32(const map_string_u32_t *actual, const map_string_u32_t *expected) {
  if (actual->len != expected->len) {
    return false;
  }
  for (size_t i = 0; i < expected->len; i++) {
    bool found = false;
    for (size_t j = 0; !found && j < actual->len; j++) {
      found = same_string(&actual->ptr[j].key, &expected->ptr[i].key) && actual->ptr[j].value == expected->ptr[i].value;
    }
    if (!found) {
      return false;
    }
  }
  return true;
}

static bool same_u32_string(const runner_map_u32_string_t *actual, const runner_map_u32_string_t *expected) {
  if (actual->len != expected->len) {
    return false;
  }
  for (size_t i = 0; i < expected->len; i++) {
    bool found = false;
    for (size_t j = 0; !found && j < actual->len; j++) {
      found = actual->ptr[j].key == expected->ptr[i].key && same_string(&actual->ptr[j].value, &expected->ptr[i].value);
    }
    if (!found) {
      return false;
    }
  }
  return true;
}

static void echo_maps(void) {
  string_u32_t edges[] = {{text("a"), 1}, {text("b"), 2}, {text("\xc3\xa9\xf0\x9f\x98\x80"), UINT32_MAX}};
  string_u32_t thousand[1000];
  char names[1000][12];
  for (uint32_t i = 0; i < 1000; i++) {
    snprintf(names[i], sizeof names[i], "key-%u", i);
    thousand[i] = (string_u32_t){text(names[i]), i};
  }
  struct {
    const char *what;
    map_string_u32_t map;
  } maps[] = {{"empty", {NULL, 0}}, {"edges", {edges, LEN(edges)}}, {"1000", {thousand, 1000}}};
  for (size_t i = 0; i < LEN(maps); i++) {
    map_string_u32_t back;
    MAPS(echo_map)(&maps[i].map, &back);
    check_that(same_string_u32(&back, &maps[i].map), "echo-map %s", maps[i].what);
    runner_map_string_u32_free(&back);
  }

  runner_string_t ab[] = {text("a"), text("b")}, smile[] = {text("\xf0\x9f\x98\x80")};
  runner_map_u32_list_string_entry_t lists[] = {{1, {ab, 2}}, {2, {NULL, 0}}, {3, {smile, 1}}};
  runner_map_u32_list_string_t of_lists = {lists, LEN(lists)}, lists_back;
  MAPS(echo_map_of_lists)(&of_lists, &lists_back);
  bool same = lists_back.len == of_lists.len;
  for (size_t i = 0; same && i < of_lists.len; i++) {
    bool found = false;
    for (size_t j = 0; !found && j < lists_back.len; j++) {
      found = lists_back.ptr[j].key == lists[i].key && same_strings(&lists_back.ptr[j].value, &lists[i].value);
    }
    same = found;
  }
  check_that(same, "echo-map-of-lists");
  runner_map_u32_list_string_free(&lists_back);

  runner_string_t t[] = {text("t")};
  compose_maps_fixed_maps_map_string_entry_entry_t entries[] = {
      {text("x"), {1, {{0.5f, -1.25f, 3e10f}}, {t, 1}}},
      {text("y"), {2, {{-0.0f, INFINITY, 1.0f}}, {NULL, 0}}},
  };
  compose_maps_fixed_maps_map_string_entry_t of_entries = {entries, LEN(entries)}, entries_back;
  MAPS(echo_map_of_entries)(&of_entries, &entries_back);
  same = entries_back.len == of_entries.len;
  for (size_t i = 0; same && i < of_entries.len; i++) {
    bool found = false;
    for (size_t j = 0; !found && j < entries_back.len; j++) {
      found = same_string(&entries_back.ptr[j].key, &entries[i].key) &&
              same_entry(&entries_back.ptr[j].value, &entries[i].value);
    }
    same = found;
  }
  check_that(same, "echo-map-of-entries");
  compose_maps_fixed_maps_map_string_entry_free(&entries_back);

  runner_map_u8_bool_entry_t flags[] = {{0, true}, {255, false}};
  runner_map_string_map_u8_bool_entry_t outer[] = {{text("a"), {flags, 2}}, {text("b"), {NULL, 0}}};
  runner_map_string_map_u8_bool_t nested = {outer, 2}, nested_back;
  MAPS(echo_nested_map)(&nested, &nested_back);
  same = nested_back.len == 2;
  for (size_t i = 0; same && i < 2; i++) {
    bool found = false;
    for (size_t j = 0; !found && j < 2; j++) {
      const runner_map_u8_bool_t *inner = &nested_back.ptr[j].value;
      if (!same_string(&nested_back.ptr[j].key, &outer[i].key) || inner->len != outer[i].value.len) {
        continue;
      }
      found = true;
      for (size_t k = 0; found && k < inner->len; k++) {
        bool matched = false;
        for (size_t m = 0; !matched && m < inner->len; m++) {
          matched = inner->ptr[m].key == outer[i].value.ptr[k].key && inner->ptr[m].value == outer[i].value.ptr[k].value;
        }
        found = matched;
      }
    }
    same = found;
  }
  check_that(same, "echo-nested-map");
  runner_map_string_map_u8_bool_free(&nested_back);
}

static void echo_fixed(void) {
  runner_array16_u8_t bytes, bytes_back;
  for (size_t i = 0; i < 16; i++) {
    bytes.data[i] = (uint8_t)(i * 17);
  }
  MAPS(echo_fixed_bytes)(&bytes, &bytes_back);
  check_bytes(bytes_back.data, 16, bytes.data, 16, "echo-fixed-bytes");

  runner_array3_string_t strings = {{text(""), text("\xc3\xa9"), text("\xf0\x9f\x98\x80x")}}, strings_back;
  MAPS(echo_fixed_strings)(&strings, &strings_back);
  check_that(same_string(&strings_back.data[0], &strings.data[0]) &&
                 same_string(&strings_back.data[1], &strings.data[1]) &&
                 same_string(&strings_back.data[2], &strings.data[2]),
             "echo-fixed-strings");
  runner_array3_string_free(&strings_back);

  runner_array3_array2_s64_t nested = {{{{INT64_MIN, -1}}, {{0, 1}}, {{INT64_MAX, 42}}}}, nested_back;
  MAPS(echo_fixed_nested)(&nested, &nested_back);
  check_bytes(&nested_back, sizeof nested_back, &nested, sizeof nested, "echo-fixed-nested");

  runner_string_t tags[] = {text("a"), text("b")};
  entry_t entry = {7, {{1.5f, -2.5f, 0.0f}}, {tags, 2}}, entry_back;
  MAPS(echo_entry)(&entry, &entry_back);
  check_that(same_entry(&entry_back, &entry), "echo-entry");
  compose_maps_fixed_maps_entry_free(&entry_back);
}

static void computed(void) {
  runner_string_t words[] = {text("a"), text("b"), text("a"), text("\xf0\x9f\x98\x80"), text("a")};
  runner_list_string_t word_list = {words, LEN(words)}, no_words = {NULL, 0};
  string_u32_t counts[] = {{text("a"), 3}, {text("b"), 1}, {text("\xf0\x9f\x98\x80"), 1}};
  map_string_u32_t expected = {counts, LEN(counts)}, empty = {NULL, 0}, counted;
  MAPS(count_words)(&word_list, &counted);
  check_that(same_string_u32(&counted, &expected), "count-words");
  runner_map_string_u32_free(&counted);
  MAPS(count_words)(&no_words, &counted);
  check_that(same_string_u32(&counted, &empty), "count-words empty");
  runner_map_string_u32_free(&counted);

  string_u32_t ab[] = {{text("a"), 1}, {text("b"), 2}};
  map_string_u32_t ab_map = {ab, 2};
  runner_string_t b = text("b"), z = text("z");
  uint32_t found = 0;
  check_that(MAPS(lookup)(&ab_map, &b, &found) && found == 2, "lookup found");
  check_that(!MAPS(lookup)(&ab_map, &z, &found), "lookup missing");

  string_u32_t unsorted[] = {{text("b"), 1}, {text("a"), 2}, {text("c"), 3}};
  map_string_u32_t unsorted_map = {unsorted, 3};
  runner_string_t abc[] = {text("a"), text("b"), text("c")};
  runner_list_string_t sorted_expected = {abc, 3}, sorted;
  MAPS(sorted_keys)(&unsorted_map, &sorted);
  check_that(same_strings(&sorted, &sorted_expected), "sorted-keys");
  runner_list_string_free(&sorted);

  runner_map_u32_string_entry_t numbers[] = {{1, text("one")}, {2, text("two")}};
  runner_map_u32_string_t number_map = {numbers, 2};
  string_u32_t swapped[] = {{text("one"), 1}, {text("two"), 2}};
  map_string_u32_t swapped_map = {swapped, 2}, inverted;
  MAPS(invert)(&number_map, &inverted);
  check_that(same_string_u32(&inverted, &swapped_map), "invert");
  runner_map_string_u32_free(&inverted);

  runner_map_u32_string_t numbered, no_numbers = {NULL, 0};
  MAPS(numbered)(0, &numbered);
  check_that(same_u32_string(&numbered, &no_numbers), "numbered 0");
  runner_map_u32_string_free(&numbered);
  runner_map_u32_string_entry_t decimals[1000];
  char digits[1000][8];
  for (uint32_t i = 0; i < 1000; i++) {
    snprintf(digits[i], sizeof digits[i], "%u", i);
    decimals[i] = (runner_map_u32_string_entry_t){i, text(digits[i])};
  }
  runner_map_u32_string_t thousand = {decimals, 1000};
  MAPS(numbered)(1000, &numbered);
  check_that(same_u32_string(&numbered, &thousand), "numbered 1000");
  runner_map_u32_string_free(&numbered);

  runner_array3_f32_t coords = {{1.5f, 2.25f, -0.75f}};
  float sum = MAPS(sum_coords)(&coords);
  check_bytes(&sum, sizeof sum, &(float){3.0f}, sizeof sum, "sum-coords");

  runner_array3_array3_s32_t matrix = {{{{1, 2, 3}}, {{4, 5, 6}}, {{7, 8, 9}}}};
  runner_array3_array3_s32_t transposed_expected = {{{{1, 4, 7}}, {{2, 5, 8}}, {{3, 6, 9}}}}, transposed;
  MAPS(transpose)(&matrix, &transposed);
  check_bytes(&transposed, sizeof transposed, &transposed_expected, sizeof transposed, "transpose");
}

void exports_runner_run(void) {
  echo_maps();
  echo_fixed();
  computed();
  check_finish();
}
