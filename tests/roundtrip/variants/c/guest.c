// Each export passes its value through the host's echo, then frees the
// argument it owns.
#include "variants.h"

#define ROUNDTRIP(name, type)                                                             \
  void exports_test_variants_run_roundtrip_##name(type##_t *v, type##_t *ret) {           \
    test_variants_host_echo_##name(v, ret);                                               \
    type##_free(v);                                                                       \
  }

#define ROUNDTRIP_SCALAR(name, type)                                                      \
  type##_t exports_test_variants_run_roundtrip_##name(type##_t v) {                       \
    return test_variants_host_echo_##name(v);                                             \
  }

ROUNDTRIP(shape, exports_test_variants_run_shape)
ROUNDTRIP(payload, exports_test_variants_run_payload)
ROUNDTRIP(complex, exports_test_variants_run_complex)
ROUNDTRIP(big_variant, exports_test_variants_run_big_variant)
ROUNDTRIP(shapes, exports_test_variants_run_list_shape)
ROUNDTRIP(colors, exports_test_variants_run_list_color)
ROUNDTRIP(deep, exports_test_variants_run_list_result_option_complex_list_shape)
ROUNDTRIP_SCALAR(color, exports_test_variants_run_color)
ROUNDTRIP_SCALAR(single_case, exports_test_variants_run_single_case)
ROUNDTRIP_SCALAR(big_enum, exports_test_variants_run_big_enum)
ROUNDTRIP_SCALAR(full_byte, exports_test_variants_run_full_byte)

void exports_test_variants_run_roundtrip_full_byte_variant(exports_test_variants_run_full_byte_variant_t *v,
                                                           exports_test_variants_run_full_byte_variant_t *ret) {
  test_variants_host_echo_full_byte_variant(v, ret);
}
