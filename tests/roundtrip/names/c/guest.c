// Keyword names, one name in two interfaces, world-level functions.
#include "names.h"

void exports_test_names_run_fn(exports_test_names_run_type_t *type, exports_test_names_run_type_t *ret) {
  test_names_host_fn(type, ret);
  exports_test_names_run_type_free(type);
}

void exports_test_names_run_async(exports_test_names_run_result_t *result,
                                  exports_test_names_run_result_t *ret) {
  test_names_host_async(result, ret);
  exports_test_names_run_result_free(result);
}

exports_test_names_run_loop_t exports_test_names_run_static(exports_test_names_run_loop_t loop) {
  return test_names_host_static(loop);
}

uint32_t exports_test_names_run_same(uint32_t x) { return test_names_host_same(x) + 1; }

void exports_names_version(names_string_t *ret) { names_string_dup(ret, "names 1.0"); }

uint32_t exports_names_log_twice(names_string_t *message) {
  uint32_t total = names_log(message) + names_log(message);
  names_string_free(message);
  return total;
}

void exports_names_scale_twice(names_point_t *p, int32_t by, names_point_t *ret) {
  names_point_t once;
  names_scale(p, by, &once);
  names_scale(&once, by, ret);
}
