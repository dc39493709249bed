// Calls every function of `values` on the test component and checks each
// answer. Strings passed to imports stay ours; strings they return are
// ours to free.
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "runner.h"
#include "text.h"

#define VALUES(name) compose_scalars_strings_values_##name

/// 16 UTF-8 bytes, 10 scalar values: 65536 of them make 1 MiB.
static const char PIECE[] = "abcdefg\xc3\xa9\xe2\x9c\x93\xf0\x9f\x98\x80";
#define PIECES 65536u
#define MIB (1u << 20)

static uint32_t f32_bits(float x) {
  uint32_t bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

static uint64_t f64_bits(double x) {
  uint64_t bits;
  memcpy(&bits, &x, sizeof bits);
  return bits;
}

static float f32_of(uint32_t bits) {
  float x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

static double f64_of(uint64_t bits) {
  double x;
  memcpy(&x, &bits, sizeof x);
  return x;
}

static void integers(void) {
  const bool bools[] = {true, false};
  for (size_t i = 0; i < 2; i++) {
    check_unsigned(VALUES(echo_bool)(bools[i]), bools[i], "echo-bool %d", bools[i]);
  }
  const uint8_t u8s[] = {0, 128, UINT8_MAX};
  for (size_t i = 0; i < 3; i++) {
    check_unsigned(VALUES(echo_u8)(u8s[i]), u8s[i], "echo-u8 %u", u8s[i]);
  }
  const int8_t s8s[] = {INT8_MIN, -1, 0, INT8_MAX};
  for (size_t i = 0; i < 4; i++) {
    check_signed(VALUES(echo_s8)(s8s[i]), s8s[i], "echo-s8 %d", s8s[i]);
  }
  const uint16_t u16s[] = {0, 32768, UINT16_MAX};
  for (size_t i = 0; i < 3; i++) {
    check_unsigned(VALUES(echo_u16)(u16s[i]), u16s[i], "echo-u16 %u", u16s[i]);
  }
  const int16_t s16s[] = {INT16_MIN, -1, 0, INT16_MAX};
  for (size_t i = 0; i < 4; i++) {
    check_signed(VALUES(echo_s16)(s16s[i]), s16s[i], "echo-s16 %d", s16s[i]);
  }
  const uint32_t u32s[] = {0, 1u << 31, UINT32_MAX};
  for (size_t i = 0; i < 3; i++) {
    check_unsigned(VALUES(echo_u32)(u32s[i]), u32s[i], "echo-u32 %u", u32s[i]);
  }
  const int32_t s32s[] = {INT32_MIN, -1, 0, INT32_MAX};
  for (size_t i = 0; i < 4; i++) {
    check_signed(VALUES(echo_s32)(s32s[i]), s32s[i], "echo-s32 %d", s32s[i]);
  }
  const uint64_t u64s[] = {0, 1ull << 63, UINT64_MAX};
  for (size_t i = 0; i < 3; i++) {
    check_unsigned(VALUES(echo_u64)(u64s[i]), u64s[i], "echo-u64 %llu", (unsigned long long)u64s[i]);
  }
  const int64_t s64s[] = {INT64_MIN, -1, 0, INT64_MAX};
  for (size_t i = 0; i < 4; i++) {
    check_signed(VALUES(echo_s64)(s64s[i]), s64s[i], "echo-s64 %lld", (long long)s64s[i]);
  }

  runner_tuple8_u8_s8_u16_s16_u32_s32_u64_s64_t extremes;
  VALUES(extremes)(&extremes);
  check_that(extremes.f0 == UINT8_MAX && extremes.f1 == INT8_MIN && extremes.f2 == UINT16_MAX &&
                 extremes.f3 == INT16_MIN && extremes.f4 == UINT32_MAX && extremes.f5 == INT32_MIN &&
                 extremes.f6 == UINT64_MAX && extremes.f7 == INT64_MIN,
             "extremes");
  check_unsigned(VALUES(add_u64)(UINT64_MAX, 2), 1, "add-u64 wraps");
  check_unsigned(VALUES(add_u64)(1ull << 63, (1ull << 63) - 1), UINT64_MAX, "add-u64 top bit");
  check_signed(VALUES(negate_s64)(INT64_MAX), -INT64_MAX, "negate-s64 max");
  check_signed(VALUES(negate_s64)(-1), 1, "negate-s64 -1");
}

static void floats(void) {
  const float f32s[] = {0.0f, -0.0f, 1.5f, FLT_MAX, FLT_MIN, f32_of(1), INFINITY, -INFINITY};
  for (size_t i = 0; i < 8; i++) {
    check_unsigned(f32_bits(VALUES(echo_f32)(f32s[i])), f32_bits(f32s[i]), "echo-f32 %a", f32s[i]);
  }
  check_that(isnan(VALUES(echo_f32)(NAN)), "echo-f32 nan");
  const double f64s[] = {0.0, -0.0, 1.5, DBL_MAX, DBL_MIN, f64_of(1), INFINITY, -INFINITY};
  for (size_t i = 0; i < 8; i++) {
    check_unsigned(f64_bits(VALUES(echo_f64)(f64s[i])), f64_bits(f64s[i]), "echo-f64 %a", f64s[i]);
  }
  check_that(isnan(VALUES(echo_f64)(NAN)), "echo-f64 nan");

  const float f32_inputs[] = {-0.0f, 1.0f, INFINITY, f32_of(1)};
  const uint32_t f32_expected[] = {0x80000000u, 0x3f800000u, 0x7f800000u, 1};
  for (size_t i = 0; i < 4; i++) {
    check_unsigned(VALUES(f32_bits)(f32_inputs[i]), f32_expected[i], "f32-bits %a", f32_inputs[i]);
  }
  const double f64_inputs[] = {-0.0, 1.0, -INFINITY, f64_of(1)};
  const uint64_t f64_expected[] = {0x8000000000000000ull, 0x3ff0000000000000ull, 0xfff0000000000000ull, 1};
  for (size_t i = 0; i < 4; i++) {
    check_unsigned(VALUES(f64_bits)(f64_inputs[i]), f64_expected[i], "f64-bits %a", f64_inputs[i]);
  }
  const uint32_t f32_patterns[] = {0x7f7fffffu, 1, 0xff800000u};
  for (size_t i = 0; i < 3; i++) {
    check_unsigned(f32_bits(VALUES(f32_from_bits)(f32_patterns[i])), f32_patterns[i], "f32-from-bits %#x",
                   f32_patterns[i]);
  }
  const uint64_t f64_patterns[] = {0x7fefffffffffffffull, 1, 0x8000000000000000ull};
  for (size_t i = 0; i < 3; i++) {
    check_unsigned(f64_bits(VALUES(f64_from_bits)(f64_patterns[i])), f64_patterns[i], "f64-from-bits %#llx",
                   (unsigned long long)f64_patterns[i]);
  }
}

static void chars(void) {
  const uint32_t echoed[] = {0, 'a', 0xe9, 0x2713, 0xd7ff, 0xe000, 0x1f600, 0x10ffff};
  for (size_t i = 0; i < 8; i++) {
    check_unsigned(VALUES(echo_char)(echoed[i]), echoed[i], "echo-char U+%04X", echoed[i]);
  }
  const uint32_t coded[] = {0xe9, 0x1f600, 0x10ffff};
  for (size_t i = 0; i < 3; i++) {
    check_unsigned(VALUES(char_code)(coded[i]), coded[i], "char-code U+%04X", coded[i]);
  }
  const uint32_t made[] = {0, 0xfffd, 0x1f600};
  for (size_t i = 0; i < 3; i++) {
    check_unsigned(VALUES(char_from_code)(made[i]), made[i], "char-from-code U+%04X", made[i]);
  }
}

static void strings(void) {
  runner_string_t mib = {malloc(MIB), MIB};
  for (size_t i = 0; i < PIECES; i++) {
    memcpy(mib.ptr + i * (sizeof PIECE - 1), PIECE, sizeof PIECE - 1);
  }
  struct {
    const char *what;
    runner_string_t s;
  } echoed[] = {
      {"empty", text("")},
      {"ascii", text("hello")},
      {"escapes", text("tab\tnewline\nquote\"backslash\\")},
      {"nul inside", {(uint8_t *)"a\0b", 3}},
      {"multibyte", text("h\xc3\xa9llo w\xc3\xb6rld \xe2\x9c\x93 \xf0\x9f\x98\x80 \xf0\x9d\x84\x9e")},
      {"1 MiB", mib},
  };
  for (size_t i = 0; i < 6; i++) {
    runner_string_t back;
    VALUES(echo_string)(&echoed[i].s, &back);
    check_bytes(back.ptr, back.len, echoed[i].s.ptr, echoed[i].s.len, "echo-string %s", echoed[i].what);
    runner_string_free(&back);
  }
  struct {
    const char *what;
    runner_string_t s;
    uint32_t bytes, scalars;
  } measured[] = {
      {"empty", text(""), 0, 0},
      {"multibyte", text("\xc3\xa9\xe2\x9c\x93\xf0\x9f\x98\x80"), 9, 3},
      {"nul", {(uint8_t *)"", 1}, 1, 1},
      {"1 MiB", mib, MIB, 10 * PIECES},
  };
  for (size_t i = 0; i < 4; i++) {
    runner_tuple2_u32_u32_t sizes;
    VALUES(measure)(&measured[i].s, &sizes);
    check_that(sizes.f0 == measured[i].bytes && sizes.f1 == measured[i].scalars, "measure %s", measured[i].what);
  }

  runner_string_t out, a, b;
  a = text("ab");
  VALUES(repeat)(&a, 3, &out);
  check_text(out.ptr, out.len, "ababab", "repeat ab");
  runner_string_free(&out);
  a = text("\xf0\x9f\x98\x80");
  VALUES(repeat)(&a, 0, &out);
  check_text(out.ptr, out.len, "", "repeat none");
  runner_string_free(&out);
  a = text(PIECE);
  VALUES(repeat)(&a, PIECES, &out);
  check_bytes(out.ptr, out.len, mib.ptr, mib.len, "repeat 1 MiB");
  runner_string_free(&out);

  a = text("");
  b = text("");
  VALUES(concat)(&a, &b, &out);
  check_text(out.ptr, out.len, "", "concat empty");
  runner_string_free(&out);
  a = text("h\xc3\xa9llo ");
  b = text("w\xc3\xb6rld \xf0\x9f\x98\x80");
  VALUES(concat)(&a, &b, &out);
  check_text(out.ptr, out.len, "h\xc3\xa9llo w\xc3\xb6rld \xf0\x9f\x98\x80", "concat multibyte");
  runner_string_free(&out);
  b = text("\xe2\x9c\x93");
  VALUES(concat)(&mib, &b, &out);
  check_that(out.len == MIB + 3 && memcmp(out.ptr, mib.ptr, MIB) == 0 && memcmp(out.ptr + MIB, b.ptr, 3) == 0,
             "concat 1 MiB");
  runner_string_free(&out);
  runner_string_free(&mib);
}

void exports_runner_run(void) {
  integers();
  floats();
  chars();
  strings();
  check_finish();
}
