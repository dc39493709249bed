// Each export passes its list through the host's echo, then frees the
// argument it owns.
#include "lists.h"

#define ROUNDTRIP(name, list)                                                             \
  void exports_test_lists_run_roundtrip_##name(list##_t *l, list##_t *ret) {              \
    test_lists_host_echo_##name(l, ret);                                                  \
    list##_free(l);                                                                       \
  }

ROUNDTRIP(bytes, lists_list_u8)
ROUNDTRIP(u64s, lists_list_u64)
ROUNDTRIP(s16s, lists_list_s16)
ROUNDTRIP(f32s, lists_list_f32)
ROUNDTRIP(f64s, lists_list_f64)
ROUNDTRIP(bools, lists_list_bool)
ROUNDTRIP(chars, lists_list_char32)
ROUNDTRIP(strings, lists_list_string)
ROUNDTRIP(nested, lists_list_list_string)
ROUNDTRIP(points, exports_test_lists_run_list_point)
ROUNDTRIP(options, lists_list_option_u32)
ROUNDTRIP(pairs, lists_list_tuple2_u8_string)

void exports_test_lists_run_sum(lists_list_u8_t *l, lists_tuple2_u64_u64_t *ret) {
  lists_list_u8_t back;
  test_lists_host_echo_bytes(l, &back);
  uint64_t mine = 0;
  for (size_t i = 0; i < back.len; i++) {
    mine += back.ptr[i];
  }
  ret->f0 = mine;
  ret->f1 = test_lists_host_sum(l);
  lists_list_u8_free(&back);
  lists_list_u8_free(l);
}
