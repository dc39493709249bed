// Calls every function of `lists` on the test component and checks each
// answer. Lists passed to imports stay ours (most point at arrays on the
// stack); lists they return are ours to free.
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "runner.h"
#include "text.h"

#define LISTS(name) compose_lists_lists_##name
#define LEN(array) (sizeof(array) / sizeof((array)[0]))
#define MIB (1u << 20)

typedef compose_lists_lists_point_t point_t;
typedef compose_lists_lists_list_point_t list_point_t;

static bool same_strings(const runner_list_string_t *a, const runner_string_t *b, size_t len) {
  if (a->len != len) {
    return false;
  }
  for (size_t i = 0; i < len; i++) {
    if (!same_string(&a->ptr[i], &b[i])) {
      return false;
    }
  }
  return true;
}

static bool same_nested(const runner_list_list_string_t *a, const runner_list_list_string_t *b) {
  if (a->len != b->len) {
    return false;
  }
  for (size_t i = 0; i < a->len; i++) {
    if (!same_strings(&a->ptr[i], b->ptr[i].ptr, b->ptr[i].len)) {
      return false;
    }
  }
  return true;
}

static bool same_points(const list_point_t *a, const point_t *b, size_t len) {
  if (a->len != len) {
    return false;
  }
  for (size_t i = 0; i < len; i++) {
    if (a->ptr[i].x != b[i].x || a->ptr[i].y != b[i].y || !same_string(&a->ptr[i].label, &b[i].label)) {
      return false;
    }
  }
  return true;
}

/// 1 MiB of bytes that are not all alike.
static runner_list_u8_t mib(void) {
  runner_list_u8_t bytes = {malloc(MIB), MIB};
  for (size_t i = 0; i < MIB; i++) {
    bytes.ptr[i] = (uint8_t)(i % 251);
  }
  return bytes;
}

static void echo_numbers(void) {
  uint8_t edges[] = {0, 1, 127, 128, 255};
  runner_list_u8_t big = mib();
  struct {
    const char *what;
    runner_list_u8_t bytes;
  } byte_lists[] = {{"empty", {NULL, 0}}, {"edges", {edges, LEN(edges)}}, {"1 MiB", big}};
  for (size_t i = 0; i < LEN(byte_lists); i++) {
    runner_list_u8_t back;
    LISTS(echo_bytes)(&byte_lists[i].bytes, &back);
    check_bytes(back.ptr, back.len, byte_lists[i].bytes.ptr, byte_lists[i].bytes.len, "echo-bytes %s",
                byte_lists[i].what);
    runner_list_u8_free(&back);
  }
  runner_list_u8_free(&big);

  uint16_t u16s[] = {0, 1, 32768, UINT16_MAX};
  runner_list_u16_t u16_list = {u16s, LEN(u16s)}, u16_back;
  LISTS(echo_u16s)(&u16_list, &u16_back);
  check_bytes(u16_back.ptr, u16_back.len * 2, u16s, sizeof u16s, "echo-u16s");
  runner_list_u16_free(&u16_back);

  int32_t s32s[] = {INT32_MIN, -1, 0, INT32_MAX};
  runner_list_s32_t s32_list = {s32s, LEN(s32s)}, s32_back;
  LISTS(echo_s32s)(&s32_list, &s32_back);
  check_bytes(s32_back.ptr, s32_back.len * 4, s32s, sizeof s32s, "echo-s32s");
  runner_list_s32_free(&s32_back);

  uint64_t u64s[] = {0, 1ull << 63, UINT64_MAX};
  runner_list_u64_t u64_list = {u64s, LEN(u64s)}, u64_back;
  LISTS(echo_u64s)(&u64_list, &u64_back);
  check_bytes(u64_back.ptr, u64_back.len * 8, u64s, sizeof u64s, "echo-u64s");
  runner_list_u64_free(&u64_back);
  runner_list_u64_t no_u64s = {NULL, 0};
  LISTS(echo_u64s)(&no_u64s, &u64_back);
  check_unsigned(u64_back.len, 0, "echo-u64s empty");
  runner_list_u64_free(&u64_back);

  // Floats compare as bytes: bit for bit, -0.0 apart from 0.0.
  float f32s[] = {-0.0f, 1.5f, INFINITY, FLT_MIN};
  runner_list_f32_t f32_list = {f32s, LEN(f32s)}, f32_back;
  LISTS(echo_f32s)(&f32_list, &f32_back);
  check_bytes(f32_back.ptr, f32_back.len * 4, f32s, sizeof f32s, "echo-f32s");
  runner_list_f32_free(&f32_back);
  double f64s[] = {-0.0, 2.5, -INFINITY, DBL_MAX};
  runner_list_f64_t f64_list = {f64s, LEN(f64s)}, f64_back;
  LISTS(echo_f64s)(&f64_list, &f64_back);
  check_bytes(f64_back.ptr, f64_back.len * 8, f64s, sizeof f64s, "echo-f64s");
  runner_list_f64_free(&f64_back);

  bool bools[] = {true, false, false, true, true};
  runner_list_bool_t bool_list = {bools, LEN(bools)}, bool_back;
  LISTS(echo_bools)(&bool_list, &bool_back);
  check_bytes(bool_back.ptr, bool_back.len, bools, sizeof bools, "echo-bools");
  runner_list_bool_free(&bool_back);

  uint32_t chars[] = {'a', 0xe9, 0x1f600, 0x10ffff};
  runner_list_char32_t char_list = {chars, LEN(chars)}, char_back;
  LISTS(echo_chars)(&char_list, &char_back);
  check_bytes(char_back.ptr, char_back.len * 4, chars, sizeof chars, "echo-chars");
  runner_list_char32_free(&char_back);
}

static void echo_compound(void) {
  runner_string_t multibyte[] = {text(""), text("a"), text("h\xc3\xa9llo"),
                                 text("\xf0\x9f\x98\x80\xf0\x9f\x98\x80")};
  runner_string_t many[1000];
  char names[1000][12];
  for (size_t i = 0; i < 1000; i++) {
    snprintf(names[i], sizeof names[i], "item-%zu", i);
    many[i] = text(names[i]);
  }
  struct {
    const char *what;
    runner_list_string_t list;
  } string_lists[] = {{"empty", {NULL, 0}}, {"multibyte", {multibyte, LEN(multibyte)}}, {"1000", {many, 1000}}};
  for (size_t i = 0; i < LEN(string_lists); i++) {
    runner_list_string_t back;
    LISTS(echo_strings)(&string_lists[i].list, &back);
    check_that(same_strings(&back, string_lists[i].list.ptr, string_lists[i].list.len), "echo-strings %s",
               string_lists[i].what);
    runner_list_string_free(&back);
  }

  runner_string_t one[] = {text("a")}, three[] = {text(""), text("\xf0\x9f\x98\x80"), text("x")};
  runner_list_string_t inner[] = {{NULL, 0}, {one, 1}, {three, 3}};
  struct {
    const char *what;
    runner_list_list_string_t list;
  } nested[] = {{"empty", {NULL, 0}}, {"mixed", {inner, LEN(inner)}}};
  for (size_t i = 0; i < LEN(nested); i++) {
    runner_list_list_string_t back;
    LISTS(echo_nested)(&nested[i].list, &back);
    check_that(same_nested(&back, &nested[i].list), "echo-nested %s", nested[i].what);
    runner_list_list_string_free(&back);
  }

  point_t edges[] = {{1, -2, text("a")}, {INT32_MIN, INT32_MAX, text("\xc3\xa9\xf0\x9f\x98\x80")}};
  struct {
    const char *what;
    list_point_t list;
  } point_lists[] = {{"empty", {NULL, 0}}, {"edges", {edges, LEN(edges)}}};
  for (size_t i = 0; i < LEN(point_lists); i++) {
    list_point_t back;
    LISTS(echo_points)(&point_lists[i].list, &back);
    check_that(same_points(&back, point_lists[i].list.ptr, point_lists[i].list.len), "echo-points %s",
               point_lists[i].what);
    compose_lists_lists_list_point_free(&back);
  }

  runner_tuple2_u8_string_t pairs[] = {{0, text("")}, {255, text("\xe2\x9c\x93")}};
  runner_list_tuple2_u8_string_t pair_list = {pairs, LEN(pairs)}, pair_back;
  LISTS(echo_pairs)(&pair_list, &pair_back);
  check_that(pair_back.len == 2 && pair_back.ptr[0].f0 == 0 && same_string(&pair_back.ptr[0].f1, &pairs[0].f1) &&
                 pair_back.ptr[1].f0 == 255 && same_string(&pair_back.ptr[1].f1, &pairs[1].f1),
             "echo-pairs");
  runner_list_tuple2_u8_string_free(&pair_back);

  runner_option_u32_t options[] = {{true, 0}, {false, 0}, {true, UINT32_MAX}, {false, 0}};
  runner_list_option_u32_t option_list = {options, LEN(options)}, option_back;
  LISTS(echo_options)(&option_list, &option_back);
  bool same = option_back.len == LEN(options);
  for (size_t i = 0; same && i < LEN(options); i++) {
    same = option_back.ptr[i].is_some == options[i].is_some &&
           (!options[i].is_some || option_back.ptr[i].val == options[i].val);
  }
  check_that(same, "echo-options");
  runner_list_option_u32_free(&option_back);
}

static void computed(void) {
  runner_list_u8_t big = mib();
  uint64_t sum = 0;
  for (size_t i = 0; i < big.len; i++) {
    sum += big.ptr[i];
  }
  runner_tuple2_u64_u32_t sized;
  LISTS(sum_bytes)(&big, &sized);
  check_that(sized.f0 == sum && sized.f1 == MIB, "sum-bytes 1 MiB");
  runner_list_u8_free(&big);
  runner_list_u8_t no_bytes = {NULL, 0};
  LISTS(sum_bytes)(&no_bytes, &sized);
  check_that(sized.f0 == 0 && sized.f1 == 0, "sum-bytes empty");

  uint64_t wrapping[] = {UINT64_MAX, 1, 2};
  runner_list_u64_t wrap_list = {wrapping, LEN(wrapping)}, no_u64s = {NULL, 0};
  check_unsigned(LISTS(sum_u64s)(&wrap_list), 2, "sum-u64s wraps");
  check_unsigned(LISTS(sum_u64s)(&no_u64s), 0, "sum-u64s empty");

  runner_list_u32_t range;
  LISTS(range)(0, &range);
  check_unsigned(range.len, 0, "range 0");
  runner_list_u32_free(&range);
  LISTS(range)(100000, &range);
  bool counted = range.len == 100000;
  for (uint32_t i = 0; counted && i < 100000; i++) {
    counted = range.ptr[i] == i;
  }
  check_that(counted, "range 100000");
  runner_list_u32_free(&range);

  runner_string_t forwards[] = {text("a"), text("b\xf0\x9f\x98\x80"), text("c")};
  runner_string_t backwards[] = {text("c"), text("b\xf0\x9f\x98\x80"), text("a")};
  runner_list_string_t forward_list = {forwards, 3}, reversed, no_strings = {NULL, 0};
  LISTS(reverse_strings)(&forward_list, &reversed);
  check_that(same_strings(&reversed, backwards, 3), "reverse-strings");
  runner_list_string_free(&reversed);
  LISTS(reverse_strings)(&no_strings, &reversed);
  check_unsigned(reversed.len, 0, "reverse-strings empty");
  runner_list_string_free(&reversed);

  runner_string_t a[] = {text("a")}, bc[] = {text("b"), text("c")};
  runner_list_string_t lengths_inner[] = {{NULL, 0}, {a, 1}, {bc, 2}};
  runner_list_list_string_t lengths_list = {lengths_inner, 3};
  runner_list_u32_t lengths;
  LISTS(lengths)(&lengths_list, &lengths);
  check_that(lengths.len == 3 && lengths.ptr[0] == 0 && lengths.ptr[1] == 1 && lengths.ptr[2] == 2, "lengths");
  runner_list_u32_free(&lengths);

  runner_list_string_t flatten_inner[] = {{a, 1}, {NULL, 0}, {bc, 2}};
  runner_list_list_string_t flatten_list = {flatten_inner, 3};
  runner_string_t abc[] = {text("a"), text("b"), text("c")};
  runner_list_string_t flat;
  LISTS(flatten)(&flatten_list, &flat);
  check_that(same_strings(&flat, abc, 3), "flatten");
  runner_list_string_free(&flat);

  point_t points[] = {{1, 2, text("p")}, {-5, 0, text("\xc3\xa9")}};
  point_t moved[] = {{11, 1, text("p")}, {5, -1, text("\xc3\xa9")}};
  list_point_t point_list = {points, 2}, shifted;
  LISTS(shift)(&point_list, 10, -1, &shifted);
  check_that(same_points(&shifted, moved, 2), "shift");
  compose_lists_lists_list_point_free(&shifted);

  runner_string_t ab = text("ab"), x = text("x");
  runner_list_list_string_t triangle;
  LISTS(triangle)(&ab, 4, &triangle);
  bool shaped = triangle.len == 4;
  for (size_t i = 0; shaped && i < 4; i++) {
    shaped = triangle.ptr[i].len == i;
    for (size_t j = 0; shaped && j < i; j++) {
      shaped = same_string(&triangle.ptr[i].ptr[j], &ab);
    }
  }
  check_that(shaped, "triangle 4");
  runner_list_list_string_free(&triangle);
  LISTS(triangle)(&x, 0, &triangle);
  check_unsigned(triangle.len, 0, "triangle 0");
  runner_list_list_string_free(&triangle);
}

void exports_runner_run(void) {
  echo_numbers();
  echo_compound();
  computed();
  check_finish();
}
