// Each export passes its records through the host's echo, then frees the
// arguments it owns.
#include "records.h"

void exports_test_records_run_roundtrip_inner(exports_test_records_run_inner_t *r,
                                              exports_test_records_run_inner_t *ret) {
  test_records_host_echo_inner(r, ret);
  exports_test_records_run_inner_free(r);
}

void exports_test_records_run_roundtrip_outer(exports_test_records_run_outer_t *r,
                                              exports_test_records_run_outer_t *ret) {
  test_records_host_echo_outer(r, ret);
  exports_test_records_run_outer_free(r);
}

void exports_test_records_run_roundtrip_mix(exports_test_records_run_mix_t *r,
                                            exports_test_records_run_mix_t *ret) {
  test_records_host_echo_mix(r, ret);
}

void exports_test_records_run_roundtrip_single(exports_test_records_run_single_t *r,
                                               exports_test_records_run_single_t *ret) {
  test_records_host_echo_single(r, ret);
}

void exports_test_records_run_roundtrip_deep(exports_test_records_run_deep_t *r,
                                             exports_test_records_run_deep_t *ret) {
  test_records_host_echo_deep(r, ret);
  exports_test_records_run_deep_free(r);
}

void exports_test_records_run_roundtrip_tuple(records_tuple4_u8_string_list_u32_tuple2_f64_char32_t *t,
                                              records_tuple4_u8_string_list_u32_tuple2_f64_char32_t *ret) {
  test_records_host_echo_tuple(t, ret);
  records_tuple4_u8_string_list_u32_tuple2_f64_char32_free(t);
}

void exports_test_records_run_roundtrip_records(exports_test_records_run_single_t *a,
                                                exports_test_records_run_mix_t *b,
                                                exports_test_records_run_inner_t *c,
                                                exports_test_records_run_tuple3_single_mix_inner_t *ret) {
  test_records_host_echo_records(a, b, c, ret);
  exports_test_records_run_inner_free(c);
}

void exports_test_records_run_roundtrip_local(exports_test_records_run_local_t *l,
                                              exports_test_records_run_local_t *ret) {
  records_tuple2_u16_string_t pair = {l->count, l->name};
  records_tuple2_u16_string_t back;
  test_records_host_echo_pair(&pair, &back);
  ret->count = back.f0;
  ret->name = back.f1;
  exports_test_records_run_local_free(l);
}

void exports_test_records_run_roundtrip_tails(exports_test_records_run_list_tail_t *t,
                                              exports_test_records_run_list_tail_t *ret) {
  test_records_host_echo_tails(t, ret);
  exports_test_records_run_list_tail_free(t);
}

void exports_test_records_run_roundtrip_aligned(records_tuple5_u8_u64_u8_u16_u8_t *t,
                                                records_tuple5_u8_u64_u8_u16_u8_t *ret) {
  test_records_host_echo_aligned(t, ret);
}
