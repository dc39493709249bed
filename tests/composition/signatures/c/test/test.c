// `wide`, answered from C. What an export receives is ours: echoed values
// are handed back (the bindings free what an export returns), the rest is
// freed here.
#include <stdlib.h>
#include <string.h>

#include "test.h"

#define WIDE(name) exports_compose_signatures_wide_##name

typedef test_tuple16_u8_u64_f32_f64_s8_s64_char32_bool_u16_s16_u32_s32_f32_f64_u64_s64_t sixteen_t;

static uint32_t last_x;
static test_string_t last_s;
static uint32_t nothings;

uint64_t WIDE(sixteen)(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t a4, uint32_t a5, uint32_t a6,
                       uint32_t a7, uint32_t a8, uint32_t a9, uint32_t a10, uint32_t a11, uint32_t a12, uint32_t a13,
                       uint32_t a14, uint32_t a15) {
  const uint32_t a[] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15};
  uint64_t sum = 0;
  for (uint64_t i = 0; i < 16; i++) {
    sum += a[i] * (i + 1);
  }
  return sum;
}

void WIDE(seventeen)(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t a4, uint32_t a5, uint32_t a6,
                     uint32_t a7, uint32_t a8, uint32_t a9, uint32_t a10, uint32_t a11, uint32_t a12, uint32_t a13,
                     uint32_t a14, uint32_t a15, uint32_t a16, test_list_u32_t *ret) {
  const uint32_t a[] = {a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16};
  ret->len = 17;
  ret->ptr = malloc(sizeof a);
  memcpy(ret->ptr, a, sizeof a);
}

void WIDE(sixteen_mixed)(uint8_t a, uint64_t b, float c, double d, int8_t e, int64_t f, uint32_t g, bool h,
                         uint16_t i, int16_t j, uint32_t k, int32_t l, float m, double n, uint64_t o, int64_t p,
                         sixteen_t *ret) {
  *ret = (sixteen_t){a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p};
}

void WIDE(eight_strings)(test_string_t *t0, test_string_t *t1, test_string_t *t2, test_string_t *t3,
                         test_string_t *t4, test_string_t *t5, test_string_t *t6, test_string_t *t7,
                         test_string_t *ret) {
  test_string_t *parts[] = {t0, t1, t2, t3, t4, t5, t6, t7};
  size_t len = 7;
  for (size_t i = 0; i < 8; i++) {
    len += parts[i]->len;
  }
  ret->len = len;
  ret->ptr = malloc(len);
  size_t at = 0;
  for (size_t i = 0; i < 8; i++) {
    if (i > 0) {
      ret->ptr[at++] = '|';
    }
    if (parts[i]->len > 0) {
      memcpy(ret->ptr + at, parts[i]->ptr, parts[i]->len);
    }
    at += parts[i]->len;
    test_string_free(parts[i]);
  }
}

void WIDE(nine_strings)(test_string_t *t0, test_string_t *t1, test_string_t *t2, test_string_t *t3,
                        test_string_t *t4, test_string_t *t5, test_string_t *t6, test_string_t *t7,
                        test_string_t *t8, test_list_string_t *ret) {
  test_string_t *parts[] = {t0, t1, t2, t3, t4, t5, t6, t7, t8};
  ret->len = 9;
  ret->ptr = malloc(9 * sizeof *ret->ptr);
  for (size_t i = 0; i < 9; i++) {
    ret->ptr[i] = *parts[i];
  }
}

void WIDE(mixed)(uint8_t a, int16_t b, uint32_t c, int64_t d, float e, double f, uint32_t g, bool h,
                 test_string_t *i, test_list_u16_t *j, uint8_t *maybe_k, WIDE(result_u32_string_t) *l,
                 test_tuple2_u8_s8_t *m,
                 WIDE(tuple13_u8_s16_u32_s64_f32_f64_char32_bool_string_list_u16_option_u8_result_u32_string_tuple2_u8_s8_t) *
                     ret) {
  ret->f0 = a;
  ret->f1 = b;
  ret->f2 = c;
  ret->f3 = d;
  ret->f4 = e;
  ret->f5 = f;
  ret->f6 = g;
  ret->f7 = h;
  ret->f8 = *i;
  ret->f9 = *j;
  ret->f10.is_some = maybe_k != NULL;
  ret->f10.val = maybe_k != NULL ? *maybe_k : 0;
  ret->f11 = *l;
  ret->f12 = *m;
}

void WIDE(big_record)(WIDE(big_t) *r, WIDE(big_t) *ret) { *ret = *r; }

uint64_t WIDE(one)(void) { return UINT64_MAX - 1; }

void WIDE(pair)(uint32_t a, double b, test_tuple2_f64_u32_t *ret) {
  ret->f0 = b;
  ret->f1 = a;
}

void WIDE(no_params)(test_string_t *ret) { test_string_dup(ret, "nothing in"); }

void WIDE(no_results)(uint32_t x, test_string_t *s) {
  test_string_free(&last_s);
  last_x = x;
  last_s = *s;
}

void WIDE(nothing)(void) { nothings++; }

void WIDE(calls)(test_tuple3_u32_string_u32_t *ret) {
  ret->f0 = last_x;
  ret->f1 = last_s;
  ret->f2 = nothings;
  last_s = (test_string_t){NULL, 0};
}
