// Each export calls the host's echo with its argument and returns what came
// back.
#include "scalars.h"

uint8_t exports_test_scalars_run_roundtrip_u8(uint8_t x) { return test_scalars_host_echo_u8(x); }
int8_t exports_test_scalars_run_roundtrip_s8(int8_t x) { return test_scalars_host_echo_s8(x); }
uint16_t exports_test_scalars_run_roundtrip_u16(uint16_t x) { return test_scalars_host_echo_u16(x); }
int16_t exports_test_scalars_run_roundtrip_s16(int16_t x) { return test_scalars_host_echo_s16(x); }
uint32_t exports_test_scalars_run_roundtrip_u32(uint32_t x) { return test_scalars_host_echo_u32(x); }
int32_t exports_test_scalars_run_roundtrip_s32(int32_t x) { return test_scalars_host_echo_s32(x); }
uint64_t exports_test_scalars_run_roundtrip_u64(uint64_t x) { return test_scalars_host_echo_u64(x); }
int64_t exports_test_scalars_run_roundtrip_s64(int64_t x) { return test_scalars_host_echo_s64(x); }
float exports_test_scalars_run_roundtrip_f32(float x) { return test_scalars_host_echo_f32(x); }
double exports_test_scalars_run_roundtrip_f64(double x) { return test_scalars_host_echo_f64(x); }
bool exports_test_scalars_run_roundtrip_bool(bool x) { return test_scalars_host_echo_bool(x); }
uint32_t exports_test_scalars_run_roundtrip_char(uint32_t x) { return test_scalars_host_echo_char(x); }

void exports_test_scalars_run_roundtrip_mix(uint8_t a, int16_t b, uint32_t c, int64_t d, float e,
                                           double f, uint32_t g, bool h,
                                           scalars_tuple8_u8_s16_u32_s64_f32_f64_char32_bool_t *ret) {
  test_scalars_host_echo_mix(a, b, c, d, e, f, g, h, ret);
}

uint32_t exports_test_scalars_run_next_char(uint32_t c) { return test_scalars_host_next_char(c); }
