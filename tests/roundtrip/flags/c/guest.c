// Each export passes its flags through the host's echo.
#include "flag_sizes.h"

exports_test_flag_sizes_run_one_t exports_test_flag_sizes_run_roundtrip_one(exports_test_flag_sizes_run_one_t f) {
  return test_flag_sizes_host_echo_one(f);
}

exports_test_flag_sizes_run_eight_t exports_test_flag_sizes_run_roundtrip_eight(exports_test_flag_sizes_run_eight_t f) {
  return test_flag_sizes_host_echo_eight(f);
}

exports_test_flag_sizes_run_nine_t exports_test_flag_sizes_run_roundtrip_nine(exports_test_flag_sizes_run_nine_t f) {
  return test_flag_sizes_host_echo_nine(f);
}

exports_test_flag_sizes_run_sixteen_t exports_test_flag_sizes_run_roundtrip_sixteen(exports_test_flag_sizes_run_sixteen_t f) {
  return test_flag_sizes_host_echo_sixteen(f);
}

exports_test_flag_sizes_run_seventeen_t exports_test_flag_sizes_run_roundtrip_seventeen(exports_test_flag_sizes_run_seventeen_t f) {
  return test_flag_sizes_host_echo_seventeen(f);
}

exports_test_flag_sizes_run_thirty_two_t exports_test_flag_sizes_run_roundtrip_thirty_two(exports_test_flag_sizes_run_thirty_two_t f) {
  return test_flag_sizes_host_echo_thirty_two(f);
}

exports_test_flag_sizes_run_perms_t exports_test_flag_sizes_run_roundtrip_perms(exports_test_flag_sizes_run_perms_t f) {
  return test_flag_sizes_host_echo_perms(f);
}

void exports_test_flag_sizes_run_roundtrip_all(exports_test_flag_sizes_run_all_flags_t *f,
                                               exports_test_flag_sizes_run_all_flags_t *ret) {
  test_flag_sizes_host_echo_all(f, ret);
}

void exports_test_flag_sizes_run_roundtrip_list(exports_test_flag_sizes_run_list_nine_t *f,
                                                exports_test_flag_sizes_run_list_nine_t *ret) {
  test_flag_sizes_host_echo_list(f, ret);
  exports_test_flag_sizes_run_list_nine_free(f);
}
