// `values`, answered from C. Strings received are ours: echoed ones are
// handed back (the bindings free what an export returns).
#include <stdlib.h>
#include <string.h>

#include "test.h"

#define VALUES(name) exports_compose_scalars_strings_values_##name

bool VALUES(echo_bool)(bool x) { return x; }
uint8_t VALUES(echo_u8)(uint8_t x) { return x; }
int8_t VALUES(echo_s8)(int8_t x) { return x; }
uint16_t VALUES(echo_u16)(uint16_t x) { return x; }
int16_t VALUES(echo_s16)(int16_t x) { return x; }
uint32_t VALUES(echo_u32)(uint32_t x) { return x; }
int32_t VALUES(echo_s32)(int32_t x) { return x; }
uint64_t VALUES(echo_u64)(uint64_t x) { return x; }
int64_t VALUES(echo_s64)(int64_t x) { return x; }
float VALUES(echo_f32)(float x) { return x; }
double VALUES(echo_f64)(double x) { return x; }
uint32_t VALUES(echo_char)(uint32_t x) { return x; }
void VALUES(echo_string)(test_string_t *x, test_string_t *ret) { *ret = *x; }

void VALUES(extremes)(test_tuple8_u8_s8_u16_s16_u32_s32_u64_s64_t *ret) {
  *ret = (test_tuple8_u8_s8_u16_s16_u32_s32_u64_s64_t){
      UINT8_MAX, INT8_MIN, UINT16_MAX, INT16_MIN, UINT32_MAX, INT32_MIN, UINT64_MAX, INT64_MIN,
  };
}

uint64_t VALUES(add_u64)(uint64_t a, uint64_t b) { return a + b; }
int64_t VALUES(negate_s64)(int64_t x) { return -x; }

uint32_t VALUES(f32_bits)(float x) {
  uint32_t bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

uint64_t VALUES(f64_bits)(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

float VALUES(f32_from_bits)(uint32_t bits) {
  float x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

double VALUES(f64_from_bits)(uint64_t bits) {
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

uint32_t VALUES(char_code)(uint32_t c) { return c; }
uint32_t VALUES(char_from_code)(uint32_t code) { return code; }

void VALUES(measure)(test_string_t *s, test_tuple2_u32_u32_t *ret) {
  uint32_t scalars = 0;
  for (size_t i = 0; i < s->len; i++) {
    // Every byte but a continuation byte (10xxxxxx) starts a scalar value.
    scalars += (s->ptr[i] & 0xc0) != 0x80;
  }
  ret->f0 = (uint32_t)s->len;
  ret->f1 = scalars;
  test_string_free(s);
}

void VALUES(repeat)(test_string_t *s, uint32_t n, test_string_t *ret) {
  ret->len = s->len * n;
  ret->ptr = ret->len > 0 ? malloc(ret->len) : NULL;
  for (uint32_t i = 0; i < n; i++) {
    memcpy(ret->ptr + i * s->len, s->ptr, s->len);
  }
  test_string_free(s);
}

void VALUES(concat)(test_string_t *a, test_string_t *b, test_string_t *ret) {
  ret->len = a->len + b->len;
  ret->ptr = ret->len > 0 ? malloc(ret->len) : NULL;
  if (a->len > 0) {
    memcpy(ret->ptr, a->ptr, a->len);
  }
  if (b->len > 0) {
    memcpy(ret->ptr + a->len, b->ptr, b->len);
  }
  test_string_free(a);
  test_string_free(b);
}
