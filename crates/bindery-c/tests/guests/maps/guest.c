// A guest written against wit-bindgen's C bindings of maps.wit, built
// unchanged against bindery's: every map type has its own `_entry_t`, a
// tuple holding named types is named in the interface's namespace, and
// `test_string_dup_n` copies a string of known length.
#include <stdlib.h>
#include <string.h>

#include "test.h"

static bool has_text(const test_string_t *s, const char *text) {
  return s->len == strlen(text) && memcmp(s->ptr, text, s->len) == 0;
}

void exports_test_maps_to_test_named_roundtrip(exports_test_maps_to_test_names_by_id_t *a,
                                              exports_test_maps_to_test_ids_by_name_t *ret) {
  ret->len = a->len;
  ret->ptr = malloc(a->len * sizeof(exports_test_maps_to_test_ids_by_name_entry_t));
  for (size_t i = 0; i < a->len; i++) {
    exports_test_maps_to_test_names_by_id_entry_t *from = &a->ptr[i];
    ret->ptr[i].key = from->value;
    ret->ptr[i].value = from->key;
  }
  free(a->ptr);
}

void exports_test_maps_to_test_bytes_roundtrip(exports_test_maps_to_test_bytes_by_name_t *a,
                                              exports_test_maps_to_test_bytes_by_name_t *ret) {
  *ret = *a;
}

void exports_test_maps_to_test_option_roundtrip(test_map_string_option_u32_t *a,
                                               test_map_string_option_u32_t *ret) {
  for (size_t i = 0; i < a->len; i++) {
    test_map_string_option_u32_entry_t *entry = &a->ptr[i];
    if (entry->value.is_some) {
      entry->value.val += 1;
    }
  }
  *ret = *a;
}

void exports_test_maps_to_test_record_roundtrip(exports_test_maps_to_test_labeled_entry_t *a,
                                               exports_test_maps_to_test_labeled_entry_t *ret) {
  *ret = *a;
}

// A fresh map of a type no named type shares a definition with.
void exports_test_maps_to_test_inline_roundtrip(test_map_u32_string_t *a,
                                               test_map_string_u32_t *ret) {
  ret->len = a->len;
  ret->ptr = malloc(a->len * sizeof(test_map_string_u32_entry_t));
  for (size_t i = 0; i < a->len; i++) {
    test_map_u32_string_entry_t *from = &a->ptr[i];
    test_string_dup_n(&ret->ptr[i].key, (const char *) from->value.ptr, from->value.len);
    ret->ptr[i].value = from->key;
  }
  test_map_u32_string_free(a);
}

void exports_test_maps_to_test_multi_param_roundtrip(
    exports_test_maps_to_test_names_by_id_t *a, exports_test_maps_to_test_bytes_by_name_t *b,
    exports_test_maps_to_test_tuple2_ids_by_name_bytes_by_name_t *ret) {
  exports_test_maps_to_test_named_roundtrip(a, &ret->f0);
  ret->f1 = *b;
}

void exports_test_maps_to_test_nested_roundtrip(test_map_string_map_u32_string_t *a,
                                               test_map_string_map_u32_string_t *ret) {
  *ret = *a;
}

void exports_test_maps_to_test_variant_roundtrip(exports_test_maps_to_test_map_or_string_t *a,
                                                exports_test_maps_to_test_map_or_string_t *ret) {
  if (a->tag == EXPORTS_TEST_MAPS_TO_TEST_MAP_OR_STRING_AS_STRING && has_text(&a->val.as_string, "")) {
    test_string_dup(&a->val.as_string, "empty");
  }
  *ret = *a;
}

bool exports_test_maps_to_test_result_roundtrip(
    exports_test_maps_to_test_result_names_by_id_string_t *a,
    exports_test_maps_to_test_names_by_id_t *ret, test_string_t *err) {
  if (a->is_err) {
    *err = a->val.err;
    return false;
  }
  *ret = a->val.ok;
  return true;
}

void exports_test_maps_to_test_tuple_roundtrip(exports_test_maps_to_test_tuple2_names_by_id_u64_t *a,
                                              exports_test_maps_to_test_tuple2_names_by_id_u64_t *ret) {
  *ret = *a;
  ret->f1 += a->f0.len;
}

struct exports_test_maps_to_test_counter_t {
  uint32_t value;
};

exports_test_maps_to_test_own_counter_t exports_test_maps_to_test_constructor_counter(uint32_t start) {
  exports_test_maps_to_test_counter_t *counter = malloc(sizeof(exports_test_maps_to_test_counter_t));
  counter->value = start;
  return exports_test_maps_to_test_counter_new(counter);
}

void exports_test_maps_to_test_counter_destructor(exports_test_maps_to_test_counter_t *rep) {
  free(rep);
}

uint32_t exports_test_maps_to_test_count(exports_test_maps_to_test_borrow_counter_alias_t c,
                                         exports_test_maps_to_test_tally_t *t) {
  test_option_u32_t *step = &t->step;
  c->value += step->is_some ? step->val : 1;
  test_option_u32_free(step);
  exports_test_maps_to_test_tally_free(t);
  return c->value;
}
