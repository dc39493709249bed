// Each export passes its strings through the host and frees what it owns:
// its arguments and, in `measure`, the echo it only inspects.
#include "strings.h"

void exports_test_strings_run_roundtrip(strings_string_t *s, strings_string_t *ret) {
  test_strings_host_echo(s, ret);
  strings_string_free(s);
}

void exports_test_strings_run_roundtrip_three(strings_string_t *a, strings_string_t *b,
                                              strings_string_t *c,
                                              strings_tuple3_string_string_string_t *ret) {
  test_strings_host_echo_three(a, b, c, ret);
  strings_string_free(a);
  strings_string_free(b);
  strings_string_free(c);
}

void exports_test_strings_run_concat(strings_string_t *a, strings_string_t *b, strings_string_t *ret) {
  test_strings_host_concat(a, b, ret);
  strings_string_free(a);
  strings_string_free(b);
}

void exports_test_strings_run_measure(strings_string_t *s, strings_tuple2_u32_u32_t *ret) {
  strings_string_t back;
  test_strings_host_echo(s, &back);
  uint32_t chars = 0;
  for (size_t i = 0; i < back.len; i++) {
    // Every UTF-8 byte but a continuation byte starts a char.
    if ((back.ptr[i] & 0xC0) != 0x80) {
      chars++;
    }
  }
  ret->f0 = (uint32_t) back.len;
  ret->f1 = chars;
  strings_string_free(&back);
  strings_string_free(s);
}
