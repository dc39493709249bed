// The strings case with the options of wit-bindgen's C generator that
// change what guests write (crates/bindery-roundtrip/tests/c_options.rs):
//   bindery c --string-encoding utf16 --rename-world s16
//     --rename test:strings/host=host --rename test:strings/run=run
// Strings are UTF-16 code units; the host sees the same text as the UTF-8
// guest's, so the case's expectations are unchanged.
#include <stdlib.h>
#include <uchar.h>

#include "s16.h"

// The copy the guest returns is its own (`_dup_n`), not the host's echo.
void exports_run_roundtrip(s16_string_t *s, s16_string_t *ret) {
  s16_string_t back;
  host_echo(s, &back);
  s16_string_dup_n(ret, (const char16_t *) back.ptr, back.len);
  s16_string_free(&back);
  s16_string_free(s);
}

void exports_run_roundtrip_three(s16_string_t *a, s16_string_t *b, s16_string_t *c,
                                 s16_tuple3_string_string_string_t *ret) {
  host_echo_three(a, b, c, ret);
  s16_string_free(a);
  s16_string_free(b);
  s16_string_free(c);
}

void exports_run_concat(s16_string_t *a, s16_string_t *b, s16_string_t *ret) {
  host_concat(a, b, ret);
  s16_string_free(a);
  s16_string_free(b);
}

// A UTF-8 byte count and a char count, computed from UTF-16 code units.
void exports_run_measure(s16_string_t *s, s16_tuple2_u32_u32_t *ret) {
  // The helpers measure in code units: é is one, 😀 a surrogate pair.
  s16_string_t literal;
  s16_string_set(&literal, u"é😀");
  s16_string_t copy;
  s16_string_dup(&copy, u"é😀");
  if (literal.len != 3 || copy.len != 3 || s16_string_len(u"aé✓😀") != 5 ||
      copy.ptr[0] != 0xE9 || copy.ptr[1] != 0xD83D || copy.ptr[2] != 0xDE00) {
    abort();
  }
  s16_string_free(&copy);

  s16_string_t back;
  host_echo(s, &back);
  uint32_t bytes = 0;
  uint32_t chars = 0;
  for (size_t i = 0; i < back.len; i++) {
    uint16_t unit = back.ptr[i];
    if (unit >= 0xDC00 && unit < 0xE000) {
      continue;  // the second half of a pair, counted with the first
    }
    chars++;
    if (unit < 0x80) {
      bytes += 1;
    } else if (unit < 0x800) {
      bytes += 2;
    } else if (unit >= 0xD800 && unit < 0xDC00) {
      bytes += 4;
    } else {
      bytes += 3;
    }
  }
  ret->f0 = bytes;
  ret->f1 = chars;
  s16_string_free(&back);
  s16_string_free(s);
}
