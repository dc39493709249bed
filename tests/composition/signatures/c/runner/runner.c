// Calls every function of `wide` on the test component and checks each
// answer. What imports return is ours to free.
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "runner.h"
#include "text.h"

#define WIDE(name) compose_signatures_wide_##name

typedef runner_tuple16_u8_u64_f32_f64_s8_s64_char32_bool_u16_s16_u32_s32_f32_f64_u64_s64_t sixteen_t;
typedef WIDE(tuple13_u8_s16_u32_s64_f32_f64_char32_bool_string_list_u16_option_u8_result_u32_string_tuple2_u8_s8_t)
    mixed_t;

static bool same_bits(const void *a, const void *b, size_t size) { return memcmp(a, b, size) == 0; }

/// Field by field: the tuple has padding that memcmp would read.
static bool same_sixteen(const sixteen_t *x, const sixteen_t *y) {
  return x->f0 == y->f0 && x->f1 == y->f1 && same_bits(&x->f2, &y->f2, 4) && same_bits(&x->f3, &y->f3, 8) &&
         x->f4 == y->f4 && x->f5 == y->f5 && x->f6 == y->f6 && x->f7 == y->f7 && x->f8 == y->f8 && x->f9 == y->f9 &&
         x->f10 == y->f10 && x->f11 == y->f11 && same_bits(&x->f12, &y->f12, 4) && same_bits(&x->f13, &y->f13, 8) &&
         x->f14 == y->f14 && x->f15 == y->f15;
}

static void flat_limits(void) {
  check_unsigned(WIDE(sixteen)(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), 1496, "sixteen 1..16");
  const uint32_t m = UINT32_MAX;
  check_unsigned(WIDE(sixteen)(m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m), (uint64_t)m * 136, "sixteen max");

  uint32_t a[17];
  for (uint32_t i = 0; i < 17; i++) {
    a[i] = i * 1000 + 7;
  }
  runner_list_u32_t back;
  WIDE(seventeen)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13], a[14],
                  a[15], a[16], &back);
  check_bytes(back.ptr, back.len * 4, a, sizeof a, "seventeen in order");
  runner_list_u32_free(&back);
  WIDE(seventeen)(m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, &back);
  bool all_max = back.len == 17;
  for (size_t i = 0; all_max && i < 17; i++) {
    all_max = back.ptr[i] == m;
  }
  check_that(all_max, "seventeen max");
  runner_list_u32_free(&back);

  sixteen_t edges = {UINT8_MAX, UINT64_MAX, -1.5f,     DBL_MIN,  INT8_MIN, INT64_MIN, 0x1f600,  true,
                     UINT16_MAX, INT16_MIN, UINT32_MAX, INT32_MIN, INFINITY, -0.0,     1ull << 63, -1};
  sixteen_t edges_back;
  WIDE(sixteen_mixed)(edges.f0, edges.f1, edges.f2, edges.f3, edges.f4, edges.f5, edges.f6, edges.f7, edges.f8,
                      edges.f9, edges.f10, edges.f11, edges.f12, edges.f13, edges.f14, edges.f15, &edges_back);
  check_that(same_sixteen(&edges_back, &edges), "sixteen-mixed edges");
  sixteen_t zeros = {0}, zeros_back;
  WIDE(sixteen_mixed)(0, 0, 0.0f, 0.0, 0, 0, 0, false, 0, 0, 0, 0, 0.0f, 0.0, 0, 0, &zeros_back);
  check_that(same_sixteen(&zeros_back, &zeros), "sixteen-mixed zeros");
}

static void strings(void) {
  runner_string_t t[9] = {text("a"), text("b\xc3\xa9"), text(""), text("\xf0\x9f\x98\x80"),
                          text("e"), text("f"),         text("g"), text("h")};
  runner_string_t joined;
  WIDE(eight_strings)(&t[0], &t[1], &t[2], &t[3], &t[4], &t[5], &t[6], &t[7], &joined);
  check_text(joined.ptr, joined.len, "a|b\xc3\xa9||\xf0\x9f\x98\x80|e|f|g|h", "eight-strings");
  runner_string_free(&joined);
  runner_string_t empty = text("");
  WIDE(eight_strings)(&empty, &empty, &empty, &empty, &empty, &empty, &empty, &empty, &joined);
  check_text(joined.ptr, joined.len, "|||||||", "eight-strings empty");
  runner_string_free(&joined);

  runner_string_t nine[9] = {text("0"), text("1\xc3\xa9"), text(""), text("3\xf0\x9f\x98\x80"), text("4"),
                             text("5"), text("6"),         text("7"), text("8 last")};
  runner_list_string_t back;
  WIDE(nine_strings)(&nine[0], &nine[1], &nine[2], &nine[3], &nine[4], &nine[5], &nine[6], &nine[7], &nine[8], &back);
  bool in_order = back.len == 9;
  for (size_t i = 0; in_order && i < 9; i++) {
    in_order = same_string(&back.ptr[i], &nine[i]);
  }
  check_that(in_order, "nine-strings in order");
  runner_list_string_free(&back);
}

static void mixed(void) {
  runner_string_t label = text("mixed \xe2\x9c\x93");
  uint16_t shorts[] = {0, 1, UINT16_MAX};
  runner_list_u16_t short_list = {shorts, 3};
  uint8_t seven = 7;
  WIDE(result_u32_string_t) ok = {false, {.ok = UINT32_MAX}};
  runner_tuple2_u8_s8_t pair = {UINT8_MAX, INT8_MIN};
  mixed_t back;
  float tiny = FLT_MIN;
  WIDE(mixed)(UINT8_MAX, INT16_MIN, UINT32_MAX, INT64_MIN, tiny, -2.5, 0x10ffff, true, &label, &short_list, &seven, &ok,
              &pair, &back);
  check_that(back.f0 == UINT8_MAX && back.f1 == INT16_MIN && back.f2 == UINT32_MAX && back.f3 == INT64_MIN &&
                 same_bits(&back.f4, &tiny, 4) && back.f5 == -2.5 && back.f6 == 0x10ffff && back.f7 &&
                 same_string(&back.f8, &label) && back.f9.len == 3 && memcmp(back.f9.ptr, shorts, sizeof shorts) == 0 &&
                 back.f10.is_some && back.f10.val == 7 && !back.f11.is_err && back.f11.val.ok == UINT32_MAX &&
                 back.f12.f0 == UINT8_MAX && back.f12.f1 == INT8_MIN,
             "mixed some ok");
  WIDE(tuple13_u8_s16_u32_s64_f32_f64_char32_bool_string_list_u16_option_u8_result_u32_string_tuple2_u8_s8_free)(&back);

  runner_string_t nothing = text("");
  runner_list_u16_t no_shorts = {NULL, 0};
  WIDE(result_u32_string_t) err = {true, {.err = text("bad")}};
  runner_tuple2_u8_s8_t zeros = {0, 0};
  WIDE(mixed)(0, 0, 0, 0, 0.0f, 0.0, 'a', false, &nothing, &no_shorts, NULL, &err, &zeros, &back);
  check_that(back.f0 == 0 && back.f1 == 0 && back.f2 == 0 && back.f3 == 0 && back.f4 == 0.0f && back.f5 == 0.0 &&
                 back.f6 == 'a' && !back.f7 && back.f8.len == 0 && back.f9.len == 0 && !back.f10.is_some &&
                 back.f11.is_err && same_string(&back.f11.val.err, &err.val.err) && back.f12.f0 == 0 && back.f12.f1 == 0,
             "mixed none err");
  WIDE(tuple13_u8_s16_u32_s64_f32_f64_char32_bool_string_list_u16_option_u8_result_u32_string_tuple2_u8_s8_free)(&back);

  uint8_t bytes[] = {1, 2, 3};
  WIDE(big_t) big = {UINT8_MAX,  UINT16_MAX, UINT32_MAX, UINT64_MAX,  INT8_MIN,        INT16_MIN,
                     INT32_MIN,  INT64_MIN,  0.5f,       -0.25,       0xe9,            true,
                     text("big \xe2\x9c\x93"), {bytes, 3}, {true, text("some")}, {42, text("tuple")}};
  WIDE(big_t) big_back;
  WIDE(big_record)(&big, &big_back);
  check_that(big_back.a == big.a && big_back.b == big.b && big_back.c == big.c && big_back.d == big.d &&
                 big_back.e == big.e && big_back.f == big.f && big_back.g == big.g && big_back.h == big.h &&
                 big_back.i == big.i && big_back.j == big.j && big_back.k == big.k && big_back.l == big.l &&
                 same_string(&big_back.m, &big.m) && big_back.n.len == 3 && memcmp(big_back.n.ptr, bytes, 3) == 0 &&
                 big_back.o.is_some && same_string(&big_back.o.val, &big.o.val) && big_back.p.f0 == 42 &&
                 same_string(&big_back.p.f1, &big.p.f1),
             "big-record");
  WIDE(big_free)(&big_back);
}

static void small(void) {
  check_unsigned(WIDE(one)(), UINT64_MAX - 1, "one");
  runner_tuple2_f64_u32_t swapped;
  WIDE(pair)(7, 2.5, &swapped);
  check_that(swapped.f0 == 2.5 && swapped.f1 == 7, "pair swapped");
  runner_string_t nothing_in;
  WIDE(no_params)(&nothing_in);
  check_text(nothing_in.ptr, nothing_in.len, "nothing in", "no-params");
  runner_string_free(&nothing_in);
  runner_string_t seen = text("seen \xe2\x9c\x93");
  WIDE(no_results)(42, &seen);
  for (int i = 0; i < 3; i++) {
    WIDE(nothing)();
  }
  runner_tuple3_u32_string_u32_t calls;
  WIDE(calls)(&calls);
  check_that(calls.f0 == 42 && same_string(&calls.f1, &seen) && calls.f2 == 3, "calls");
  runner_string_free(&calls.f1);
}

void exports_runner_run(void) {
  flat_limits();
  strings();
  mixed();
  small();
  check_finish();
}
