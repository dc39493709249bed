// Each export passes its option or result through the host's echo, then
// frees the argument it owns; `parse-double` doubles what the host parsed.
#include "options_results.h"

#define P(name) exports_test_options_results_run_##name
#define HOST(name) test_options_results_host_##name

bool P(roundtrip_option_u32)(uint32_t *maybe_x, uint32_t *ret) {
  return HOST(echo_option_u32)(maybe_x, ret);
}

bool P(roundtrip_option_string)(options_results_string_t *maybe_x, options_results_string_t *ret) {
  bool some = HOST(echo_option_string)(maybe_x, ret);
  if (maybe_x) {
    options_results_string_free(maybe_x);
  }
  return some;
}

bool P(roundtrip_option_option)(options_results_option_u32_t *maybe_x, options_results_option_u32_t *ret) {
  return HOST(echo_option_option)(maybe_x, ret);
}

bool P(roundtrip_option_option_string)(options_results_option_string_t *maybe_x,
                                       options_results_option_string_t *ret) {
  bool some = HOST(echo_option_option_string)(maybe_x, ret);
  if (maybe_x) {
    options_results_option_string_free(maybe_x);
  }
  return some;
}

bool P(roundtrip_option_list)(options_results_list_u8_t *maybe_x, options_results_list_u8_t *ret) {
  bool some = HOST(echo_option_list)(maybe_x, ret);
  if (maybe_x) {
    options_results_list_u8_free(maybe_x);
  }
  return some;
}

bool P(roundtrip_result)(P(result_string_failure_t) *x, options_results_string_t *ret,
                         P(failure_t) *err) {
  bool ok = HOST(echo_result)(x, ret, err);
  P(result_string_failure_free)(x);
  return ok;
}

bool P(roundtrip_result_no_ok)(HOST(result_void_string_t) *x, options_results_string_t *err) {
  bool ok = HOST(echo_result_no_ok)(x, err);
  HOST(result_void_string_free)(x);
  return ok;
}

bool P(roundtrip_result_no_err)(HOST(result_u64_void_t) *x, uint64_t *ret) {
  return HOST(echo_result_no_err)(x, ret);
}

bool P(roundtrip_result_empty)(HOST(result_void_void_t) *x) {
  return HOST(echo_result_empty)(x);
}

bool P(roundtrip_result_f64_u8)(HOST(result_f64_u8_t) *x, double *ret, uint8_t *err) {
  return HOST(echo_result_f64_u8)(x, ret, err);
}

bool P(roundtrip_result_lists)(HOST(result_list_string_list_u8_t) *x, options_results_list_string_t *ret,
                               options_results_list_u8_t *err) {
  bool ok = HOST(echo_result_lists)(x, ret, err);
  HOST(result_list_string_list_u8_free)(x);
  return ok;
}

bool P(roundtrip_option_result)(HOST(result_u8_string_t) *maybe_x, HOST(result_u8_string_t) *ret) {
  bool some = HOST(echo_option_result)(maybe_x, ret);
  if (maybe_x) {
    HOST(result_u8_string_free)(maybe_x);
  }
  return some;
}

bool P(roundtrip_result_options)(HOST(result_option_u8_option_string_t) *x, options_results_option_u8_t *ret,
                                 options_results_option_string_t *err) {
  bool ok = HOST(echo_result_options)(x, ret, err);
  HOST(result_option_u8_option_string_free)(x);
  return ok;
}

void P(roundtrip_holder)(P(holder_t) *x, P(holder_t) *ret) {
  HOST(echo_holder)(x, ret);
  P(holder_free)(x);
}

bool P(roundtrip_option_f32)(float *maybe_x, float *ret) {
  return HOST(echo_option_f32)(maybe_x, ret);
}

bool P(roundtrip_option_f64)(double *maybe_x, double *ret) {
  return HOST(echo_option_f64)(maybe_x, ret);
}

bool P(roundtrip_option_char)(uint32_t *maybe_x, uint32_t *ret) {
  return HOST(echo_option_char)(maybe_x, ret);
}

bool P(roundtrip_result_f32_s64)(HOST(result_f32_s64_t) *x, float *ret, int64_t *err) {
  return HOST(echo_result_f32_s64)(x, ret, err);
}

bool P(roundtrip_result_char_f64)(HOST(result_char32_f64_t) *x, uint32_t *ret, double *err) {
  return HOST(echo_result_char_f64)(x, ret, err);
}

bool P(parse_double)(options_results_string_t *s, uint32_t *ret, P(failure_t) *err) {
  bool ok = HOST(parse)(s, ret, err);
  if (ok) {
    *ret *= 2;
  }
  options_results_string_free(s);
  return ok;
}
