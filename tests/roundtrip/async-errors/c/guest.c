// error-context made by the guest, sent through the host and back, its
// message read (from a sync export and from an async one).
#include "async_errors.h"

// Makes an error-context with `message`, reads its message into `ret` and
// passes it through the host.
static void through_the_host(async_errors_string_t *message, async_errors_string_t *ret) {
  async_errors_error_context_t mine = async_errors_error_context_new(message);
  async_errors_error_context_debug_message(mine, ret);
  // Passing an error-context on copies it; the host gives the copy back.
  // wasmtime 48 counts no reference for a copy that comes back into a
  // component: it dies with `mine`, and reading or dropping it traps with
  // "resource not present". Left alone.
  async_errors_error_context_t back = test_async_errors_host_bounce(mine);
  (void) back;
  async_errors_error_context_drop(mine);
}

void exports_test_async_errors_run_roundtrip(async_errors_string_t *message,
                                             async_errors_string_t *ret) {
  through_the_host(message, ret);
  async_errors_string_free(message);
}

async_errors_callback_code_t exports_test_async_errors_run_check(async_errors_string_t *message) {
  exports_test_async_errors_run_result_string_string_t ret;
  ret.is_err = true;
  through_the_host(message, &ret.val.err);
  async_errors_string_free(message);
  exports_test_async_errors_run_check_return(ret);
  return ASYNC_ERRORS_CALLBACK_CODE_EXIT;
}

async_errors_callback_code_t exports_test_async_errors_run_check_callback(async_errors_event_t *event) {
  // `check` finishes before it returns: no event ever comes.
  (void) event;
  __builtin_trap();
}
