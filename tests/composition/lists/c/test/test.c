// `lists`, answered from C. Lists received are ours: echoed ones are
// handed back (the bindings free what an export returns), the others are
// freed here.
#include <stdlib.h>
#include <string.h>

#include "test.h"

#define LISTS(name) exports_compose_lists_lists_##name

typedef exports_compose_lists_lists_list_point_t list_point_t;

void LISTS(echo_bytes)(test_list_u8_t *l, test_list_u8_t *ret) { *ret = *l; }
void LISTS(echo_u16s)(test_list_u16_t *l, test_list_u16_t *ret) { *ret = *l; }
void LISTS(echo_s32s)(test_list_s32_t *l, test_list_s32_t *ret) { *ret = *l; }
void LISTS(echo_u64s)(test_list_u64_t *l, test_list_u64_t *ret) { *ret = *l; }
void LISTS(echo_f32s)(test_list_f32_t *l, test_list_f32_t *ret) { *ret = *l; }
void LISTS(echo_f64s)(test_list_f64_t *l, test_list_f64_t *ret) { *ret = *l; }
void LISTS(echo_bools)(test_list_bool_t *l, test_list_bool_t *ret) { *ret = *l; }
void LISTS(echo_chars)(test_list_char32_t *l, test_list_char32_t *ret) { *ret = *l; }
void LISTS(echo_strings)(test_list_string_t *l, test_list_string_t *ret) { *ret = *l; }
void LISTS(echo_nested)(test_list_list_string_t *l, test_list_list_string_t *ret) { *ret = *l; }
void LISTS(echo_points)(list_point_t *l, list_point_t *ret) { *ret = *l; }
void LISTS(echo_pairs)(test_list_tuple2_u8_string_t *l, test_list_tuple2_u8_string_t *ret) { *ret = *l; }
void LISTS(echo_options)(test_list_option_u32_t *l, test_list_option_u32_t *ret) { *ret = *l; }

void LISTS(sum_bytes)(test_list_u8_t *l, test_tuple2_u64_u32_t *ret) {
  uint64_t sum = 0;
  for (size_t i = 0; i < l->len; i++) {
    sum += l->ptr[i];
  }
  ret->f0 = sum;
  ret->f1 = (uint32_t)l->len;
  test_list_u8_free(l);
}

uint64_t LISTS(sum_u64s)(test_list_u64_t *l) {
  uint64_t sum = 0;
  for (size_t i = 0; i < l->len; i++) {
    sum += l->ptr[i];
  }
  test_list_u64_free(l);
  return sum;
}

void LISTS(range)(uint32_t n, test_list_u32_t *ret) {
  ret->len = n;
  ret->ptr = n > 0 ? malloc(n * sizeof *ret->ptr) : NULL;
  for (uint32_t i = 0; i < n; i++) {
    ret->ptr[i] = i;
  }
}

void LISTS(reverse_strings)(test_list_string_t *l, test_list_string_t *ret) {
  for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
    test_string_t swap = l->ptr[i];
    l->ptr[i] = l->ptr[j - 1];
    l->ptr[j - 1] = swap;
  }
  *ret = *l;
}

void LISTS(lengths)(test_list_list_string_t *l, test_list_u32_t *ret) {
  ret->len = l->len;
  ret->ptr = l->len > 0 ? malloc(l->len * sizeof *ret->ptr) : NULL;
  for (size_t i = 0; i < l->len; i++) {
    ret->ptr[i] = (uint32_t)l->ptr[i].len;
  }
  test_list_list_string_free(l);
}

void LISTS(flatten)(test_list_list_string_t *l, test_list_string_t *ret) {
  size_t total = 0;
  for (size_t i = 0; i < l->len; i++) {
    total += l->ptr[i].len;
  }
  ret->len = total;
  ret->ptr = total > 0 ? malloc(total * sizeof *ret->ptr) : NULL;
  size_t at = 0;
  for (size_t i = 0; i < l->len; i++) {
    // The strings move to the result; only the inner arrays are freed.
    for (size_t j = 0; j < l->ptr[i].len; j++) {
      ret->ptr[at++] = l->ptr[i].ptr[j];
    }
    free(l->ptr[i].ptr);
  }
  free(l->ptr);
}

void LISTS(shift)(list_point_t *l, int32_t dx, int32_t dy, list_point_t *ret) {
  for (size_t i = 0; i < l->len; i++) {
    l->ptr[i].x += dx;
    l->ptr[i].y += dy;
  }
  *ret = *l;
}

void LISTS(triangle)(test_string_t *s, uint32_t n, test_list_list_string_t *ret) {
  ret->len = n;
  ret->ptr = n > 0 ? malloc(n * sizeof *ret->ptr) : NULL;
  for (uint32_t i = 0; i < n; i++) {
    ret->ptr[i].len = i;
    ret->ptr[i].ptr = i > 0 ? malloc(i * sizeof(test_string_t)) : NULL;
    for (uint32_t j = 0; j < i; j++) {
      test_string_t *copy = &ret->ptr[i].ptr[j];
      copy->len = s->len;
      copy->ptr = malloc(s->len > 0 ? s->len : 1);
      memcpy(copy->ptr, s->ptr, s->len);
    }
  }
  test_string_free(s);
}
