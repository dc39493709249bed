// `maps`, answered from C. A map is a list of entries. What an export
// receives is ours: echoed values are handed back (the bindings free what
// an export returns), the rest is freed here.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"

#define MAPS(name) exports_compose_maps_fixed_maps_##name

typedef test_map_string_u32_t map_string_u32_t;

static bool same_string(const test_string_t *a, const test_string_t *b) {
  return a->len == b->len && (a->len == 0 || memcmp(a->ptr, b->ptr, a->len) == 0);
}

static test_string_t copy_string(const test_string_t *s) {
  test_string_t out = {malloc(s->len > 0 ? s->len : 1), s->len};
  memcpy(out.ptr, s->ptr, s->len);
  return out;
}

void MAPS(echo_map)(map_string_u32_t *m, map_string_u32_t *ret) { *ret = *m; }
void MAPS(echo_map_of_lists)(test_map_u32_list_string_t *m, test_map_u32_list_string_t *ret) { *ret = *m; }
void MAPS(echo_map_of_entries)(exports_compose_maps_fixed_maps_map_string_entry_t *m,
                               exports_compose_maps_fixed_maps_map_string_entry_t *ret) {
  *ret = *m;
}
void MAPS(echo_nested_map)(test_map_string_map_u8_bool_t *m, test_map_string_map_u8_bool_t *ret) { *ret = *m; }
void MAPS(echo_fixed_bytes)(test_array16_u8_t *l, test_array16_u8_t *ret) { *ret = *l; }
void MAPS(echo_fixed_strings)(test_array3_string_t *l, test_array3_string_t *ret) { *ret = *l; }
void MAPS(echo_fixed_nested)(test_array3_array2_s64_t *l, test_array3_array2_s64_t *ret) { *ret = *l; }
void MAPS(echo_entry)(exports_compose_maps_fixed_maps_entry_t *e, exports_compose_maps_fixed_maps_entry_t *ret) {
  *ret = *e;
}

void MAPS(count_words)(test_list_string_t *words, map_string_u32_t *ret) {
  ret->len = 0;
  ret->ptr = words->len > 0 ? malloc(words->len * sizeof *ret->ptr) : NULL;
  for (size_t i = 0; i < words->len; i++) {
    size_t at = 0;
    while (at < ret->len && !same_string(&ret->ptr[at].key, &words->ptr[i])) {
      at++;
    }
    if (at == ret->len) {
      ret->ptr[ret->len++] = (test_map_string_u32_entry_t){copy_string(&words->ptr[i]), 0};
    }
    ret->ptr[at].value++;
  }
  test_list_string_free(words);
}

bool MAPS(lookup)(map_string_u32_t *m, test_string_t *key, uint32_t *ret) {
  bool found = false;
  for (size_t i = 0; !found && i < m->len; i++) {
    if (same_string(&m->ptr[i].key, key)) {
      *ret = m->ptr[i].value;
      found = true;
    }
  }
  test_map_string_u32_free(m);
  test_string_free(key);
  return found;
}

static int by_bytes(const void *a, const void *b) {
  const test_string_t *x = a, *y = b;
  size_t shorter = x->len < y->len ? x->len : y->len;
  int order = shorter > 0 ? memcmp(x->ptr, y->ptr, shorter) : 0;
  return order != 0 ? order : (x->len > y->len) - (x->len < y->len);
}

void MAPS(sorted_keys)(map_string_u32_t *m, test_list_string_t *ret) {
  ret->len = m->len;
  ret->ptr = m->len > 0 ? malloc(m->len * sizeof *ret->ptr) : NULL;
  for (size_t i = 0; i < m->len; i++) {
    ret->ptr[i] = m->ptr[i].key;
  }
  free(m->ptr);
  if (ret->len > 0) {
    qsort(ret->ptr, ret->len, sizeof *ret->ptr, by_bytes);
  }
}

void MAPS(invert)(test_map_u32_string_t *m, map_string_u32_t *ret) {
  ret->len = m->len;
  ret->ptr = m->len > 0 ? malloc(m->len * sizeof *ret->ptr) : NULL;
  for (size_t i = 0; i < m->len; i++) {
    ret->ptr[i] = (test_map_string_u32_entry_t){m->ptr[i].value, m->ptr[i].key};
  }
  free(m->ptr);
}

void MAPS(numbered)(uint32_t n, test_map_u32_string_t *ret) {
  ret->len = n;
  ret->ptr = n > 0 ? malloc(n * sizeof *ret->ptr) : NULL;
  for (uint32_t i = 0; i < n; i++) {
    char digits[12];
    snprintf(digits, sizeof digits, "%u", i);
    ret->ptr[i].key = i;
    test_string_dup(&ret->ptr[i].value, digits);
  }
}

float MAPS(sum_coords)(test_array3_f32_t *c) { return c->data[0] + c->data[1] + c->data[2]; }

void MAPS(transpose)(test_array3_array3_s32_t *m, test_array3_array3_s32_t *ret) {
  for (size_t row = 0; row < 3; row++) {
    for (size_t column = 0; column < 3; column++) {
      ret->data[row].data[column] = m->data[column].data[row];
    }
  }
}
