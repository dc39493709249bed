// Each export passes its map or fixed-length list through the host's echo,
// then frees the argument it owns; `lookup` searches the echoed map.
#include <string.h>

#include "maps_fixed.h"

#define P(name) exports_test_maps_fixed_run_##name
#define HOST(name) test_maps_fixed_host_##name

void P(roundtrip_map)(maps_fixed_map_string_u32_t *m, maps_fixed_map_string_u32_t *ret) {
  HOST(echo_map)(m, ret);
  maps_fixed_map_string_u32_free(m);
}

void P(roundtrip_map_of_lists)(maps_fixed_map_u32_list_string_t *m, maps_fixed_map_u32_list_string_t *ret) {
  HOST(echo_map_of_lists)(m, ret);
  maps_fixed_map_u32_list_string_free(m);
}

void P(roundtrip_map_of_records)(P(map_string_entry_t) *m, P(map_string_entry_t) *ret) {
  HOST(echo_map_of_records)(m, ret);
  P(map_string_entry_free)(m);
}

void P(roundtrip_fixed)(maps_fixed_array4_u8_t *l, maps_fixed_array4_u8_t *ret) {
  HOST(echo_fixed)(l, ret);
}

void P(roundtrip_fixed_strings)(maps_fixed_array3_string_t *l, maps_fixed_array3_string_t *ret) {
  HOST(echo_fixed_strings)(l, ret);
  maps_fixed_array3_string_free(l);
}

void P(roundtrip_fixed_nested)(maps_fixed_array3_array2_u32_t *l, maps_fixed_array3_array2_u32_t *ret) {
  HOST(echo_fixed_nested)(l, ret);
}

void P(roundtrip_entry)(P(entry_t) *e, P(entry_t) *ret) {
  HOST(echo_entry)(e, ret);
}

bool P(lookup)(maps_fixed_map_string_u32_t *m, maps_fixed_string_t *key, uint32_t *ret) {
  maps_fixed_map_string_u32_t back;
  HOST(echo_map)(m, &back);
  bool found = false;
  for (size_t i = 0; i < back.len && !found; i++) {
    maps_fixed_string_t *k = &back.ptr[i].key;
    if (k->len == key->len && (key->len == 0 || memcmp(k->ptr, key->ptr, key->len) == 0)) {
      *ret = back.ptr[i].value;
      found = true;
    }
  }
  maps_fixed_map_string_u32_free(&back);
  maps_fixed_map_string_u32_free(m);
  maps_fixed_string_free(key);
  return found;
}
