// Signatures at the flat limits: each export passes its arguments through
// the host and frees what it owns.
#include "signatures.h"

#define P(name) exports_test_signatures_run_##name
#define HOST(name) test_signatures_host_##name

void P(sixteen)(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t a4, uint32_t a5, uint32_t a6,
                uint32_t a7, uint32_t a8, uint32_t a9, uint32_t a10, uint32_t a11, uint32_t a12, uint32_t a13,
                uint32_t a14, uint32_t a15,
                signatures_tuple16_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_t *ret) {
  HOST(sixteen)(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, ret);
}

void P(seventeen)(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t a4, uint32_t a5, uint32_t a6,
                  uint32_t a7, uint32_t a8, uint32_t a9, uint32_t a10, uint32_t a11, uint32_t a12, uint32_t a13,
                  uint32_t a14, uint32_t a15, uint32_t a16,
                  signatures_tuple17_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_u32_t *ret) {
  HOST(seventeen)(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, ret);
}

void P(mixed)(uint8_t a, uint16_t b, uint32_t c, uint64_t d, int8_t e, int16_t f, int32_t g, int64_t h, float i,
              double j, uint32_t k, bool l, signatures_string_t *m, signatures_list_u8_t *n, uint32_t *maybe_o,
              signatures_string_t *p,
              signatures_tuple16_u8_u16_u32_u64_s8_s16_s32_s64_f32_f64_char32_bool_string_list_u8_option_u32_string_t *ret) {
  HOST(mixed)(a, b, c, d, e, f, g, h, i, j, k, l, m, n, maybe_o, p, ret);
  signatures_string_free(m);
  signatures_list_u8_free(n);
  signatures_string_free(p);
}

uint64_t P(one_result)(void) { return HOST(one_result)(); }

void P(pair)(uint32_t a, double b, signatures_tuple2_u32_f64_t *ret) { HOST(pair)(a, b, ret); }

void P(no_params)(signatures_string_t *ret) { HOST(no_params)(ret); }

void P(no_results)(uint32_t x, signatures_string_t *s, signatures_tuple2_u32_string_t *ret) {
  HOST(no_results)(x, s);
  HOST(nothing)();
  // The string moves into the result: the bindings free it after the call.
  ret->f0 = x;
  ret->f1 = *s;
}

void P(nothing)(void) { HOST(nothing)(); }
