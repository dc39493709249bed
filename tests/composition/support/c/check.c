#include "check.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned passed;

/// Strings longer than this are shown cut.
#define SHOWN 160

static void failed(const char *detail, const char *name, va_list args) {
  char formatted[256];
  vsnprintf(formatted, sizeof formatted, name, args);
  check_fail(formatted, detail);
}

void check_fail(const char *name, const char *detail) {
  fprintf(stderr, "check failed: %s: %s\n", name, detail);
  abort();
}

void check_unsigned(uint64_t actual, uint64_t expected, const char *name, ...) {
  if (actual != expected) {
    char detail[128];
    snprintf(detail, sizeof detail, "expected %" PRIu64 " (%#" PRIx64 "), got %" PRIu64 " (%#" PRIx64 ")",
             expected, expected, actual, actual);
    va_list args;
    va_start(args, name);
    failed(detail, name, args);
  }
  passed++;
}

void check_signed(int64_t actual, int64_t expected, const char *name, ...) {
  if (actual != expected) {
    char detail[128];
    snprintf(detail, sizeof detail, "expected %" PRId64 ", got %" PRId64, expected, actual);
    va_list args;
    va_start(args, name);
    failed(detail, name, args);
  }
  passed++;
}

static int shown(size_t len) { return len > SHOWN ? SHOWN : (int)len; }

void check_bytes(const void *actual, size_t actual_len, const void *expected, size_t expected_len,
                 const char *name, ...) {
  if (actual_len != expected_len || (expected_len > 0 && memcmp(actual, expected, expected_len) != 0)) {
    char detail[512];
    snprintf(detail, sizeof detail, "expected %zu bytes \"%.*s\", got %zu bytes \"%.*s\"", expected_len,
             shown(expected_len), (const char *)expected, actual_len, shown(actual_len), (const char *)actual);
    va_list args;
    va_start(args, name);
    failed(detail, name, args);
  }
  passed++;
}

void check_text(const uint8_t *actual, size_t actual_len, const char *expected, const char *name, ...) {
  size_t expected_len = strlen(expected);
  if (actual_len != expected_len || (expected_len > 0 && memcmp(actual, expected, expected_len) != 0)) {
    char detail[512];
    snprintf(detail, sizeof detail, "expected \"%.*s\", got %zu bytes \"%.*s\"", shown(expected_len), expected,
             actual_len, shown(actual_len), (const char *)actual);
    va_list args;
    va_start(args, name);
    failed(detail, name, args);
  }
  passed++;
}

void check_that(bool ok, const char *name, ...) {
  if (!ok) {
    va_list args;
    va_start(args, name);
    failed("does not hold", name, args);
  }
  passed++;
}

void check_finish(void) {
  printf("checks passed: %u\n", passed);
  fflush(stdout);
}
