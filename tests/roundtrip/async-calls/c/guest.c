// Async exports calling async imports, as callback-form state machines:
// blocked and immediate calls, calls in flight at once, cancellation,
// yield, a sync export waiting on an async import, backpressure.
#include "async_calls.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// One export call in flight: where it is, the calls it waits for and the
// values it keeps until they return (the host writes results late).
typedef struct task {
  int step;
  async_calls_waitable_set_t set;
  uint32_t pending;
  uint32_t x, y, n, i;
  uint32_t r1, r2;
  test_async_calls_host_weigh_args_t weigh;
  async_calls_string_t text;
  async_calls_string_t suffix;
  exports_test_async_calls_run_gadget_t *gadget;
} task_t;

typedef async_calls_callback_code_t (*step_fn)(task_t *t);

static task_t *task_new(void) {
  task_t *t = calloc(1, sizeof(task_t));
  if (t == NULL) {
    abort();
  }
  return t;
}

static void task_free(task_t *t) {
  if (t->set != 0) {
    async_calls_waitable_set_drop(t->set);
  }
  free(t);
}

// Whether a call returned at once; if not, the task waits for its subtask.
static bool returned(task_t *t, async_calls_subtask_status_t status) {
  if (ASYNC_CALLS_SUBTASK_STATE(status) == ASYNC_CALLS_SUBTASK_RETURNED) {
    return true;
  }
  if (t->set == 0) {
    t->set = async_calls_waitable_set_new();
  }
  async_calls_waitable_join(ASYNC_CALLS_SUBTASK_HANDLE(status), t->set);
  t->pending++;
  return false;
}

static async_calls_callback_code_t suspend(task_t *t) {
  async_calls_context_set_0(t);
  return ASYNC_CALLS_CALLBACK_CODE_WAIT(t->set);
}

// The callback shared by every export: a returned subtask is dropped, and
// the task goes on once nothing it waits for is pending.
static async_calls_callback_code_t resume(async_calls_event_t *event, step_fn run) {
  task_t *t = async_calls_context_get_0();
  if (event->event == ASYNC_CALLS_EVENT_SUBTASK) {
    if (event->code != ASYNC_CALLS_SUBTASK_RETURNED) {
      return ASYNC_CALLS_CALLBACK_CODE_WAIT(t->set);
    }
    async_calls_waitable_join(event->waitable, 0);
    async_calls_subtask_drop(event->waitable);
    t->pending--;
  }
  if (t->pending > 0) {
    return ASYNC_CALLS_CALLBACK_CODE_WAIT(t->set);
  }
  return run(t);
}

static async_calls_string_t text(const char *s) {
  async_calls_string_t out;
  async_calls_string_dup(&out, s);
  return out;
}

// double-twice

static async_calls_callback_code_t double_twice(task_t *t) {
  for (;;) {
    switch (t->step++) {
    case 0:
      if (!returned(t, test_async_calls_host_double(&t->x, &t->r1))) {
        return suspend(t);
      }
      break;
    case 1:
      if (!returned(t, test_async_calls_host_double(&t->r1, &t->r2))) {
        return suspend(t);
      }
      break;
    default:
      exports_test_async_calls_run_double_twice_return(t->r2);
      task_free(t);
      return ASYNC_CALLS_CALLBACK_CODE_EXIT;
    }
  }
}

async_calls_callback_code_t exports_test_async_calls_run_double_twice(uint32_t x) {
  task_t *t = task_new();
  t->x = x;
  return double_twice(t);
}

async_calls_callback_code_t exports_test_async_calls_run_double_twice_callback(async_calls_event_t *event) {
  return resume(event, double_twice);
}

// double-both: both calls in flight at once.

static async_calls_callback_code_t double_both(task_t *t) {
  switch (t->step++) {
  case 0:
    returned(t, test_async_calls_host_double(&t->x, &t->r1));
    returned(t, test_async_calls_host_double(&t->y, &t->r2));
    if (t->pending > 0) {
      return suspend(t);
    }
    // fall through
  default:
    exports_test_async_calls_run_double_both_return(t->r1 + t->r2);
    task_free(t);
    return ASYNC_CALLS_CALLBACK_CODE_EXIT;
  }
}

async_calls_callback_code_t exports_test_async_calls_run_double_both(uint32_t x, uint32_t y) {
  task_t *t = task_new();
  t->x = x;
  t->y = y;
  return double_both(t);
}

async_calls_callback_code_t exports_test_async_calls_run_double_both_callback(async_calls_event_t *event) {
  return resume(event, double_both);
}

// weigh: five parameters through memory; they live in the task until the
// call returns.

static async_calls_callback_code_t weigh(task_t *t) {
  switch (t->step++) {
  case 0:
    if (!returned(t, test_async_calls_host_weigh(&t->weigh, &t->text))) {
      return suspend(t);
    }
    // fall through
  default: {
    test_async_calls_host_weigh_args_t *w = &t->weigh;
    char buf[512];
    snprintf(buf, sizeof(buf), "%.*s / %u %u %" PRIu32 " %" PRIu64 " %.*s", (int) t->text.len,
             (const char *) t->text.ptr, (unsigned) w->a, (unsigned) w->b, w->c, w->d, (int) w->e.len,
             (const char *) w->e.ptr);
    async_calls_string_free(&t->text);
    async_calls_string_free(&w->e);
    exports_test_async_calls_run_weigh_return(text(buf));
    task_free(t);
    return ASYNC_CALLS_CALLBACK_CODE_EXIT;
  }
  }
}

async_calls_callback_code_t exports_test_async_calls_run_weigh(uint8_t a, uint16_t b, uint32_t c, uint64_t d,
                                                               async_calls_string_t *e) {
  task_t *t = task_new();
  t->weigh.a = a;
  t->weigh.b = b;
  t->weigh.c = c;
  t->weigh.d = d;
  t->weigh.e = *e;
  return weigh(t);
}

async_calls_callback_code_t exports_test_async_calls_run_weigh_callback(async_calls_event_t *event) {
  return resume(event, weigh);
}

// widen: a result of more than 16 flat values.

async_calls_callback_code_t exports_test_async_calls_run_widen(uint64_t seed, async_calls_string_t *label) {
  exports_test_async_calls_run_wide_t wide;
  uint64_t *fields[] = {&wide.a, &wide.b, &wide.c, &wide.d, &wide.e, &wide.f, &wide.g, &wide.h,
                        &wide.i, &wide.j, &wide.k, &wide.l, &wide.m, &wide.n, &wide.o, &wide.p};
  for (uint64_t i = 0; i < 16; i++) {
    *fields[i] = seed + i;
  }
  wide.q = *label;
  exports_test_async_calls_run_widen_return(wide);
  return ASYNC_CALLS_CALLBACK_CODE_EXIT;
}

async_calls_callback_code_t exports_test_async_calls_run_widen_callback(async_calls_event_t *event) {
  (void) event;
  abort();
}

// cancel-hang: the call that never answers is cancelled, then `ping`.

static async_calls_callback_code_t cancel_hang(task_t *t) {
  switch (t->step++) {
  case 0: {
    async_calls_subtask_status_t status = test_async_calls_host_hang(&t->r1);
    if (ASYNC_CALLS_SUBTASK_STATE(status) == ASYNC_CALLS_SUBTASK_RETURNED) {
      t->text = text("answered");
    } else {
      async_calls_subtask_t subtask = ASYNC_CALLS_SUBTASK_HANDLE(status);
      async_calls_subtask_cancel(subtask);
      async_calls_subtask_drop(subtask);
      t->text = text("cancelled");
    }
    if (!returned(t, test_async_calls_host_ping())) {
      return suspend(t);
    }
  }
    // fall through
  default:
    exports_test_async_calls_run_cancel_hang_return(t->text);
    task_free(t);
    return ASYNC_CALLS_CALLBACK_CODE_EXIT;
  }
}

async_calls_callback_code_t exports_test_async_calls_run_cancel_hang(void) {
  return cancel_hang(task_new());
}

async_calls_callback_code_t exports_test_async_calls_run_cancel_hang_callback(async_calls_event_t *event) {
  return resume(event, cancel_hang);
}

// yield-then-ping

static async_calls_callback_code_t yield_then_ping(task_t *t) {
  if (t->i < t->n) {
    t->i++;
    async_calls_context_set_0(t);
    return ASYNC_CALLS_CALLBACK_CODE_YIELD;
  }
  switch (t->step++) {
  case 0:
    if (!returned(t, test_async_calls_host_ping())) {
      return suspend(t);
    }
    // fall through
  default:
    exports_test_async_calls_run_yield_then_ping_return(t->n);
    task_free(t);
    return ASYNC_CALLS_CALLBACK_CODE_EXIT;
  }
}

async_calls_callback_code_t exports_test_async_calls_run_yield_then_ping(uint32_t n) {
  task_t *t = task_new();
  t->n = n;
  return yield_then_ping(t);
}

async_calls_callback_code_t exports_test_async_calls_run_yield_then_ping_callback(async_calls_event_t *event) {
  return resume(event, yield_then_ping);
}

// sync-triple: a synchronous export waiting on an async import.

uint32_t exports_test_async_calls_run_sync_triple(uint32_t x) {
  uint32_t result = 0;
  async_calls_subtask_status_t status = test_async_calls_host_triple(&x, &result);
  if (ASYNC_CALLS_SUBTASK_STATE(status) != ASYNC_CALLS_SUBTASK_RETURNED) {
    async_calls_subtask_t subtask = ASYNC_CALLS_SUBTASK_HANDLE(status);
    async_calls_waitable_set_t set = async_calls_waitable_set_new();
    async_calls_waitable_join(subtask, set);
    async_calls_event_t event;
    do {
      async_calls_waitable_set_wait(set, &event);
    } while (event.event != ASYNC_CALLS_EVENT_SUBTASK || event.code != ASYNC_CALLS_SUBTASK_RETURNED);
    async_calls_waitable_join(subtask, 0);
    async_calls_subtask_drop(subtask);
    async_calls_waitable_set_drop(set);
  }
  return result;
}

// gate / after-gate: backpressure holds `after-gate` until `gate` is done.

static uint32_t sequence;

static async_calls_callback_code_t gate(task_t *t) {
  switch (t->step++) {
  case 0:
    async_calls_backpressure_inc();
    t->x = 1;
    if (!returned(t, test_async_calls_host_double(&t->x, &t->r1))) {
      return suspend(t);
    }
    // fall through
  default: {
    uint32_t order = sequence++;
    async_calls_backpressure_dec();
    exports_test_async_calls_run_gate_return(order);
    task_free(t);
    return ASYNC_CALLS_CALLBACK_CODE_EXIT;
  }
  }
}

async_calls_callback_code_t exports_test_async_calls_run_gate(void) {
  return gate(task_new());
}

async_calls_callback_code_t exports_test_async_calls_run_gate_callback(async_calls_event_t *event) {
  return resume(event, gate);
}

async_calls_callback_code_t exports_test_async_calls_run_after_gate(void) {
  exports_test_async_calls_run_after_gate_return(sequence++);
  return ASYNC_CALLS_CALLBACK_CODE_EXIT;
}

async_calls_callback_code_t exports_test_async_calls_run_after_gate_callback(async_calls_event_t *event) {
  (void) event;
  abort();
}

// gadget: an async method.

struct exports_test_async_calls_run_gadget_t {
  async_calls_string_t label;
};

exports_test_async_calls_run_own_gadget_t exports_test_async_calls_run_constructor_gadget(async_calls_string_t *label) {
  exports_test_async_calls_run_gadget_t *gadget = malloc(sizeof(*gadget));
  if (gadget == NULL) {
    abort();
  }
  gadget->label = *label;
  return exports_test_async_calls_run_gadget_new(gadget);
}

void exports_test_async_calls_run_gadget_destructor(exports_test_async_calls_run_gadget_t *gadget) {
  async_calls_string_free(&gadget->label);
  free(gadget);
}

static async_calls_callback_code_t describe(task_t *t) {
  switch (t->step++) {
  case 0:
    t->x = 0;
    if (!returned(t, test_async_calls_host_double(&t->x, &t->r1))) {
      return suspend(t);
    }
    // fall through
  default: {
    char buf[512];
    snprintf(buf, sizeof(buf), "%.*s%.*s (%" PRIu32 ")", (int) t->gadget->label.len,
             (const char *) t->gadget->label.ptr, (int) t->suffix.len, (const char *) t->suffix.ptr,
             t->r1);
    async_calls_string_free(&t->suffix);
    exports_test_async_calls_run_method_gadget_describe_return(text(buf));
    task_free(t);
    return ASYNC_CALLS_CALLBACK_CODE_EXIT;
  }
  }
}

async_calls_callback_code_t exports_test_async_calls_run_method_gadget_describe(exports_test_async_calls_run_gadget_t *self,
                                                                                async_calls_string_t *suffix) {
  task_t *t = task_new();
  t->gadget = self;
  t->suffix = *suffix;
  return describe(t);
}

async_calls_callback_code_t exports_test_async_calls_run_method_gadget_describe_callback(async_calls_event_t *event) {
  return resume(event, describe);
}
