// The runner's checks, shared by every case (the harness copies this file
// and check.c next to the runner's own). Each check compares one answer
// with what it must be and, when they differ, prints
// `check failed: <name>: …` and aborts (a trap), the line the harness
// reports. Names are printf formats. `check_finish` prints how many passed,
// which the harness compares with the case's `checks`.
#ifndef COMPOSITION_CHECK_H
#define COMPOSITION_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CHECK_FORMAT(n) __attribute__((format(printf, n, n + 1)))

/// Unsigned integers (any width), bools and chars.
void check_unsigned(uint64_t actual, uint64_t expected, const char *name, ...) CHECK_FORMAT(3);
/// Signed integers (any width).
void check_signed(int64_t actual, int64_t expected, const char *name, ...) CHECK_FORMAT(3);
/// Byte strings: string contents, lists of bytes.
void check_bytes(const void *actual, size_t actual_len, const void *expected, size_t expected_len,
                 const char *name, ...) CHECK_FORMAT(5);
/// A NUL-terminated expectation for a `{ptr, len}` string.
void check_text(const uint8_t *actual, size_t actual_len, const char *expected, const char *name, ...)
    CHECK_FORMAT(4);
/// Anything else: `ok` must hold.
void check_that(bool ok, const char *name, ...) CHECK_FORMAT(2);
/// Traps, naming the check.
_Noreturn void check_fail(const char *name, const char *detail);
/// Prints the count the harness reads.
void check_finish(void);

#endif
