// Three exports named `api`: two interfaces and a world function.
#include "same_short_name.h"

void exports_same_short_name_api(same_short_name_string_t *ret) {
  same_short_name_string_dup(ret, "api");
}

uint32_t exports_test_same_short_name_api_add(uint32_t a, uint32_t b) { return a + b; }

uint32_t exports_test_other_api_twice(uint32_t x) { return x * 2; }
