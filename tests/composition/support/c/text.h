// String helpers for runners. Every runner world is named `runner` and
// passes strings, so its bindings define `runner_string_t`.
#ifndef COMPOSITION_TEXT_H
#define COMPOSITION_TEXT_H

#include <stdbool.h>
#include <string.h>

#include "runner.h"

/// A string pointing at `s` (not copied: for arguments, which stay ours).
static inline runner_string_t text(const char *s) {
  runner_string_t out;
  runner_string_set(&out, s);
  return out;
}

static inline bool same_string(const runner_string_t *a, const runner_string_t *b) {
  return a->len == b->len && (a->len == 0 || memcmp(a->ptr, b->ptr, a->len) == 0);
}

#endif
