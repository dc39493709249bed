// Futures and streams of every kind of payload, both ways, as
// callback-form state machines. Each export call is a task that waits for
// one stream or future end at a time.
#include "async_channels.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BLOCKED ASYNC_CHANNELS_WAITABLE_STATUS_BLOCKED
#define STATE(status) ASYNC_CHANNELS_WAITABLE_STATE(status)
#define COUNT(status) ASYNC_CHANNELS_WAITABLE_COUNT(status)
#define EXIT ASYNC_CHANNELS_CALLBACK_CODE_EXIT

typedef async_channels_callback_code_t code_t;
typedef exports_test_async_channels_run_point_t point_t;
typedef test_async_channels_host_own_counter_t counter_t;

typedef struct task task_t;
typedef code_t (*step_fn)(task_t *t);

// One export call in flight: where it is, the end it waits for and what
// it keeps between events.
struct task {
  step_fn run;
  int step;
  async_channels_waitable_set_t set;
  uint32_t waiting;
  // The last copy's status: `result | count << 4`.
  uint32_t status;
  uint32_t reader;
  uint32_t writer;
  uint32_t n;
  uint8_t seed;
  uint32_t value;
  uint64_t sum;
  // The writer dropped its end (after the values last read).
  bool ended;
  void (*finish)(uint64_t sum);
  // A buffer of `len` used elements out of `cap`, and how many were sent.
  void *buf;
  size_t len, cap, done;
  async_channels_string_t text;
  point_t total;
};

static void *checked(void *ptr) {
  if (ptr == NULL) {
    abort();
  }
  return ptr;
}

static task_t *task_new(step_fn run) {
  task_t *t = checked(calloc(1, sizeof(task_t)));
  t->run = run;
  return t;
}

static code_t task_exit(task_t *t) {
  if (t->set != 0) {
    async_channels_waitable_set_drop(t->set);
  }
  free(t->buf);
  free(t);
  return EXIT;
}

// Whether a copy finished at once (its status is then in `t->status`); if
// not, the task waits for `end`.
static bool finished(task_t *t, uint32_t end, async_channels_waitable_status_t status) {
  if (status != BLOCKED) {
    t->status = status;
    return true;
  }
  if (t->set == 0) {
    t->set = async_channels_waitable_set_new();
  }
  async_channels_waitable_join(end, t->set);
  t->waiting = end;
  return false;
}

static code_t suspend(task_t *t) {
  async_channels_context_set_0(t);
  return ASYNC_CHANNELS_CALLBACK_CODE_WAIT(t->set);
}

static code_t yield_now(task_t *t) {
  async_channels_context_set_0(t);
  return ASYNC_CHANNELS_CALLBACK_CODE_YIELD;
}

// The callback of every export: the copy waited for is done; the task
// goes on.
static code_t resume(async_channels_event_t *event) {
  task_t *t = async_channels_context_get_0();
  if (event->event != ASYNC_CHANNELS_EVENT_NONE && t->waiting != 0 && event->waitable == t->waiting) {
    t->status = event->code;
    async_channels_waitable_join(t->waiting, 0);
    t->waiting = 0;
  }
  return t->run(t);
}

// Room for `more` elements of `size` bytes after the `len` used.
static void *reserve(task_t *t, size_t more, size_t size) {
  if (t->len + more > t->cap) {
    t->cap = (t->len + more) * 2;
    t->buf = checked(realloc(t->buf, t->cap * size));
  }
  return (char *) t->buf + t->len * size;
}

// Summing a stream of bytes (sum-bytes, bounce-bytes, drain).

enum { CHUNK = 65536 };

static code_t sum_run(task_t *t) {
  for (;;) {
    if (t->step == 0) {
      if (t->buf == NULL) {
        t->buf = checked(malloc(CHUNK));
      }
      t->step = 1;
      if (!finished(t, t->reader, test_async_channels_host_stream_u8_read(t->reader, t->buf, CHUNK))) {
        return suspend(t);
      }
    }
    const uint8_t *bytes = t->buf;
    for (uint32_t i = 0; i < COUNT(t->status); i++) {
      t->sum += bytes[i];
    }
    if (STATE(t->status) == ASYNC_CHANNELS_WAITABLE_DROPPED) {
      test_async_channels_host_stream_u8_drop_readable(t->reader);
      t->finish(t->sum);
      return task_exit(t);
    }
    t->step = 0;
  }
}

static code_t sum_start(uint32_t reader, void (*finish)(uint64_t)) {
  task_t *t = task_new(sum_run);
  t->reader = reader;
  t->finish = finish;
  return sum_run(t);
}

code_t exports_test_async_channels_run_sum_bytes(exports_test_async_channels_run_stream_u8_t bytes) {
  return sum_start(bytes, exports_test_async_channels_run_sum_bytes_return);
}

code_t exports_test_async_channels_run_sum_bytes_callback(async_channels_event_t *event) {
  return resume(event);
}

code_t exports_test_async_channels_run_bounce_bytes(exports_test_async_channels_run_stream_u8_t bytes) {
  return sum_start(test_async_channels_host_echo_bytes(bytes), exports_test_async_channels_run_bounce_bytes_return);
}

code_t exports_test_async_channels_run_bounce_bytes_callback(async_channels_event_t *event) {
  return resume(event);
}

// stash / drain: a stream kept between calls.

static exports_test_async_channels_run_stream_u8_t stashed;

void exports_test_async_channels_run_stash(exports_test_async_channels_run_stream_u8_t bytes) {
  stashed = bytes;
}

code_t exports_test_async_channels_run_drain(void) {
  uint32_t reader = stashed;
  stashed = 0;
  return sum_start(reader, exports_test_async_channels_run_drain_return);
}

code_t exports_test_async_channels_run_drain_callback(async_channels_event_t *event) {
  return resume(event);
}

// make-bytes: written after the call returned, in as many copies as the
// reader takes.

static code_t make_bytes_run(task_t *t) {
  for (;;) {
    if (t->step == 0) {
      if (t->done == t->len) {
        test_async_channels_host_stream_u8_drop_writable(t->writer);
        return task_exit(t);
      }
      t->step = 1;
      const uint8_t *bytes = t->buf;
      if (!finished(t, t->writer,
                    test_async_channels_host_stream_u8_write(t->writer, bytes + t->done, t->len - t->done))) {
        return suspend(t);
      }
    }
    t->done += COUNT(t->status);
    if (STATE(t->status) == ASYNC_CHANNELS_WAITABLE_DROPPED) {
      t->done = t->len;
    }
    t->step = 0;
  }
}

code_t exports_test_async_channels_run_make_bytes(uint32_t n, uint8_t seed) {
  task_t *t = task_new(make_bytes_run);
  t->buf = checked(malloc(n > 0 ? n : 1));
  t->len = n;
  uint8_t *bytes = t->buf;
  for (uint32_t i = 0; i < n; i++) {
    bytes[i] = (uint8_t) (seed + i % 8);
  }
  exports_test_async_channels_run_make_bytes_return(test_async_channels_host_stream_u8_new(&t->writer));
  return make_bytes_run(t);
}

code_t exports_test_async_channels_run_make_bytes_callback(async_channels_event_t *event) {
  return resume(event);
}

// read-numbers: a sync import's stream, read to its end.

static code_t read_numbers_run(task_t *t) {
  for (;;) {
    if (t->step == 0) {
      uint32_t *room = reserve(t, 16, sizeof(uint32_t));
      t->step = 1;
      if (!finished(t, t->reader, test_async_channels_host_stream_u32_read(t->reader, room, t->cap - t->len))) {
        return suspend(t);
      }
    }
    t->len += COUNT(t->status);
    if (STATE(t->status) == ASYNC_CHANNELS_WAITABLE_DROPPED) {
      test_async_channels_host_stream_u32_drop_readable(t->reader);
      async_channels_list_u32_t list = {NULL, 0};
      if (t->len > 0) {
        list.ptr = t->buf;
        list.len = t->len;
        t->buf = NULL;
      }
      exports_test_async_channels_run_read_numbers_return(list);
      return task_exit(t);
    }
    t->step = 0;
  }
}

code_t exports_test_async_channels_run_read_numbers(uint32_t n) {
  task_t *t = task_new(read_numbers_run);
  t->reader = test_async_channels_host_numbers(n);
  return read_numbers_run(t);
}

code_t exports_test_async_channels_run_read_numbers_callback(async_channels_event_t *event) {
  return resume(event);
}

// upper: each word read, upper-cased and written before the next.

// ASCII and Latin-1 letters (two UTF-8 bytes, C3 A0..BE but not the
// division sign C3 B7) upper-cased in place.
static void to_upper(async_channels_string_t *s) {
  for (size_t i = 0; i < s->len; i++) {
    uint8_t c = s->ptr[i];
    if (c >= 'a' && c <= 'z') {
      s->ptr[i] = (uint8_t) (c - 32);
    } else if (c == 0xC3 && i + 1 < s->len && s->ptr[i + 1] >= 0xA0 && s->ptr[i + 1] <= 0xBE &&
               s->ptr[i + 1] != 0xB7) {
      s->ptr[i + 1] -= 0x20;
      i++;
    }
  }
}

static code_t upper_run(task_t *t) {
  for (;;) {
    switch (t->step) {
    case 0:
      t->step = 1;
      if (!finished(t, t->reader, exports_test_async_channels_run_stream_string_read(t->reader, &t->text, 1))) {
        return suspend(t);
      }
      // fall through
    case 1:
      t->ended = STATE(t->status) == ASYNC_CHANNELS_WAITABLE_DROPPED;
      if (COUNT(t->status) == 0) {
        t->step = 3;
        break;
      }
      to_upper(&t->text);
      t->step = 2;
      if (!finished(t, t->writer, exports_test_async_channels_run_stream_string_write(t->writer, &t->text, 1))) {
        return suspend(t);
      }
      // fall through
    case 2:
      // The reader has its own copy now.
      async_channels_string_free(&t->text);
      t->step = 3;
      // fall through
    default:
      if (t->ended) {
        exports_test_async_channels_run_stream_string_drop_readable(t->reader);
        exports_test_async_channels_run_stream_string_drop_writable(t->writer);
        return task_exit(t);
      }
      t->step = 0;
      break;
    }
  }
}

code_t exports_test_async_channels_run_upper(exports_test_async_channels_run_stream_string_t words) {
  task_t *t = task_new(upper_run);
  t->reader = words;
  exports_test_async_channels_run_upper_return(exports_test_async_channels_run_stream_string_new(&t->writer));
  return upper_run(t);
}

code_t exports_test_async_channels_run_upper_callback(async_channels_event_t *event) {
  return resume(event);
}

// plus-one / await-unit: a future read.

static code_t plus_one_run(task_t *t) {
  if (t->step == 0) {
    t->step = 1;
    if (!finished(t, t->reader, exports_test_async_channels_run_future_u32_read(t->reader, &t->value))) {
      return suspend(t);
    }
  }
  exports_test_async_channels_run_future_u32_drop_readable(t->reader);
  exports_test_async_channels_run_plus_one_return(t->value + 1);
  return task_exit(t);
}

code_t exports_test_async_channels_run_plus_one(exports_test_async_channels_run_future_u32_t value) {
  task_t *t = task_new(plus_one_run);
  t->reader = value;
  return plus_one_run(t);
}

code_t exports_test_async_channels_run_plus_one_callback(async_channels_event_t *event) {
  return resume(event);
}

static code_t await_unit_run(task_t *t) {
  if (t->step == 0) {
    t->step = 1;
    if (!finished(t, t->reader, exports_test_async_channels_run_future_void_read(t->reader))) {
      return suspend(t);
    }
  }
  exports_test_async_channels_run_future_void_drop_readable(t->reader);
  exports_test_async_channels_run_await_unit_return(7);
  return task_exit(t);
}

code_t exports_test_async_channels_run_await_unit(exports_test_async_channels_run_future_void_t ready) {
  task_t *t = task_new(await_unit_run);
  t->reader = ready;
  return await_unit_run(t);
}

code_t exports_test_async_channels_run_await_unit_callback(async_channels_event_t *event) {
  return resume(event);
}

// later / make-unit / unwritten: a future written after the call returned.

static code_t later_run(task_t *t) {
  switch (t->step) {
  case 0:
    t->step = 1;
    return yield_now(t);
  case 1:
    t->step = 2;
    if (!finished(t, t->writer, exports_test_async_channels_run_future_string_write(t->writer, &t->text))) {
      return suspend(t);
    }
    // fall through
  default:
    async_channels_string_free(&t->text);
    exports_test_async_channels_run_future_string_drop_writable(t->writer);
    return task_exit(t);
  }
}

code_t exports_test_async_channels_run_later(async_channels_string_t *text) {
  task_t *t = task_new(later_run);
  t->text = *text;
  exports_test_async_channels_run_later_return(exports_test_async_channels_run_future_string_new(&t->writer));
  return later_run(t);
}

code_t exports_test_async_channels_run_later_callback(async_channels_event_t *event) {
  return resume(event);
}

static code_t make_unit_run(task_t *t) {
  if (t->step == 0) {
    t->step = 1;
    if (!finished(t, t->writer, exports_test_async_channels_run_future_void_write(t->writer))) {
      return suspend(t);
    }
  }
  exports_test_async_channels_run_future_void_drop_writable(t->writer);
  return task_exit(t);
}

code_t exports_test_async_channels_run_make_unit(void) {
  task_t *t = task_new(make_unit_run);
  exports_test_async_channels_run_make_unit_return(exports_test_async_channels_run_future_void_new(&t->writer));
  return make_unit_run(t);
}

code_t exports_test_async_channels_run_make_unit_callback(async_channels_event_t *event) {
  return resume(event);
}

// C has no default value for a future: a writer dropped unwritten traps.
// The guest writes the default (42) itself.
static code_t unwritten_run(task_t *t) {
  if (t->step == 0) {
    t->step = 1;
    t->value = 42;
    if (!finished(t, t->writer, exports_test_async_channels_run_future_u32_write(t->writer, &t->value))) {
      return suspend(t);
    }
  }
  exports_test_async_channels_run_future_u32_drop_writable(t->writer);
  return task_exit(t);
}

code_t exports_test_async_channels_run_unwritten(void) {
  task_t *t = task_new(unwritten_run);
  exports_test_async_channels_run_unwritten_return(exports_test_async_channels_run_future_u32_new(&t->writer));
  return unwritten_run(t);
}

code_t exports_test_async_channels_run_unwritten_callback(async_channels_event_t *event) {
  return resume(event);
}

// cancel-read: a read with nothing written is cancelled; then [1, 2, 3]
// is written and read.

static code_t cancel_read_run(task_t *t) {
  if (t->step == 0) {
    t->buf = checked(malloc(8));
    if (test_async_channels_host_stream_u8_read(t->reader, t->buf, 8) != BLOCKED) {
      fprintf(stderr, "cancel-read: a read with nothing written did not block\n");
      abort();
    }
    async_channels_waitable_status_t cancelled = test_async_channels_host_stream_u8_cancel_read(t->reader);
    if (STATE(cancelled) != ASYNC_CHANNELS_WAITABLE_CANCELLED || COUNT(cancelled) != 0) {
      fprintf(stderr, "cancel-read: cancelling gave status %#x\n", (unsigned) cancelled);
      abort();
    }
    static const uint8_t sent[] = {1, 2, 3};
    bool written = finished(t, t->writer, test_async_channels_host_stream_u8_write(t->writer, sent, 3));
    async_channels_waitable_status_t read = test_async_channels_host_stream_u8_read(t->reader, t->buf, 8);
    if (read == BLOCKED) {
      fprintf(stderr, "cancel-read: a read after a write blocked\n");
      abort();
    }
    t->len = COUNT(read);
    t->step = 1;
    if (!written) {
      return suspend(t);
    }
  }
  test_async_channels_host_stream_u8_drop_writable(t->writer);
  test_async_channels_host_stream_u8_drop_readable(t->reader);
  async_channels_list_u8_t list = {t->buf, t->len};
  t->buf = NULL;
  exports_test_async_channels_run_cancel_read_return(list);
  return task_exit(t);
}

code_t exports_test_async_channels_run_cancel_read(void) {
  task_t *t = task_new(cancel_read_run);
  t->reader = test_async_channels_host_stream_u8_new(&t->writer);
  return cancel_read_run(t);
}

code_t exports_test_async_channels_run_cancel_read_callback(async_channels_event_t *event) {
  return resume(event);
}

// make-points / sum-points: records through a stream (between two
// instances).

static code_t make_points_run(task_t *t) {
  for (;;) {
    if (t->step == 0) {
      if (t->done == t->len) {
        point_t *points = t->buf;
        for (size_t i = 0; i < t->len; i++) {
          exports_test_async_channels_run_point_free(&points[i]);
        }
        exports_test_async_channels_run_stream_point_drop_writable(t->writer);
        return task_exit(t);
      }
      t->step = 1;
      const point_t *points = t->buf;
      if (!finished(t, t->writer,
                    exports_test_async_channels_run_stream_point_write(t->writer, points + t->done, t->len - t->done))) {
        return suspend(t);
      }
    }
    t->done += COUNT(t->status);
    if (STATE(t->status) == ASYNC_CHANNELS_WAITABLE_DROPPED) {
      t->done = t->len;
    }
    t->step = 0;
  }
}

code_t exports_test_async_channels_run_make_points(int32_t n) {
  task_t *t = task_new(make_points_run);
  point_t *points = reserve(t, n > 0 ? (size_t) n : 1, sizeof(point_t));
  for (int32_t i = 1; i <= n; i++) {
    char label[16];
    snprintf(label, sizeof(label), "p%d", (int) i);
    points[i - 1].x = i;
    points[i - 1].y = -i;
    async_channels_string_dup(&points[i - 1].label, label);
  }
  t->len = n > 0 ? (size_t) n : 0;
  exports_test_async_channels_run_make_points_return(exports_test_async_channels_run_stream_point_new(&t->writer));
  return make_points_run(t);
}

code_t exports_test_async_channels_run_make_points_callback(async_channels_event_t *event) {
  return resume(event);
}

static void append(async_channels_string_t *to, const async_channels_string_t *more) {
  if (more->len == 0) {
    return;
  }
  to->ptr = checked(realloc(to->ptr, to->len + more->len));
  memcpy(to->ptr + to->len, more->ptr, more->len);
  to->len += more->len;
}

static code_t sum_points_run(task_t *t) {
  enum { AT_ONCE = 16 };
  for (;;) {
    if (t->step == 0) {
      if (t->buf == NULL) {
        t->buf = checked(malloc(AT_ONCE * sizeof(point_t)));
      }
      t->step = 1;
      if (!finished(t, t->reader, exports_test_async_channels_run_stream_point_read(t->reader, t->buf, AT_ONCE))) {
        return suspend(t);
      }
    }
    point_t *points = t->buf;
    for (uint32_t i = 0; i < COUNT(t->status); i++) {
      t->total.x += points[i].x;
      t->total.y += points[i].y;
      append(&t->total.label, &points[i].label);
      exports_test_async_channels_run_point_free(&points[i]);
    }
    if (STATE(t->status) == ASYNC_CHANNELS_WAITABLE_DROPPED) {
      exports_test_async_channels_run_stream_point_drop_readable(t->reader);
      exports_test_async_channels_run_sum_points_return(t->total);
      return task_exit(t);
    }
    t->step = 0;
  }
}

code_t exports_test_async_channels_run_sum_points(exports_test_async_channels_run_stream_point_t points) {
  task_t *t = task_new(sum_points_run);
  t->reader = points;
  return sum_points_run(t);
}

code_t exports_test_async_channels_run_sum_points_callback(async_channels_event_t *event) {
  return resume(event);
}

// make-counters / sum-counters: host resources through a stream (between
// two instances); a handle written is the reader's.

static code_t make_counters_run(task_t *t) {
  for (;;) {
    if (t->step == 0) {
      if (t->done == t->len) {
        exports_test_async_channels_run_stream_own_counter_drop_writable(t->writer);
        return task_exit(t);
      }
      t->step = 1;
      const counter_t *counters = t->buf;
      if (!finished(t, t->writer,
                    exports_test_async_channels_run_stream_own_counter_write(t->writer, counters + t->done,
                                                                             t->len - t->done))) {
        return suspend(t);
      }
    }
    t->done += COUNT(t->status);
    if (STATE(t->status) == ASYNC_CHANNELS_WAITABLE_DROPPED) {
      // Nobody reads the rest: they are still ours to drop.
      counter_t *counters = t->buf;
      for (size_t i = t->done; i < t->len; i++) {
        test_async_channels_host_counter_drop_own(counters[i]);
      }
      t->done = t->len;
    }
    t->step = 0;
  }
}

code_t exports_test_async_channels_run_make_counters(uint32_t n) {
  task_t *t = task_new(make_counters_run);
  counter_t *counters = reserve(t, n > 0 ? n : 1, sizeof(counter_t));
  for (uint32_t i = 1; i <= n; i++) {
    counters[i - 1] = test_async_channels_host_constructor_counter(i);
  }
  t->len = n;
  exports_test_async_channels_run_make_counters_return(exports_test_async_channels_run_stream_own_counter_new(&t->writer));
  return make_counters_run(t);
}

code_t exports_test_async_channels_run_make_counters_callback(async_channels_event_t *event) {
  return resume(event);
}

static code_t sum_counters_run(task_t *t) {
  enum { AT_ONCE = 8 };
  for (;;) {
    if (t->step == 0) {
      if (t->buf == NULL) {
        t->buf = checked(malloc(AT_ONCE * sizeof(counter_t)));
      }
      t->step = 1;
      if (!finished(t, t->reader,
                    exports_test_async_channels_run_stream_own_counter_read(t->reader, t->buf, AT_ONCE))) {
        return suspend(t);
      }
    }
    counter_t *counters = t->buf;
    for (uint32_t i = 0; i < COUNT(t->status); i++) {
      t->value += test_async_channels_host_method_counter_value(test_async_channels_host_borrow_counter(counters[i]));
      test_async_channels_host_counter_drop_own(counters[i]);
    }
    if (STATE(t->status) == ASYNC_CHANNELS_WAITABLE_DROPPED) {
      exports_test_async_channels_run_stream_own_counter_drop_readable(t->reader);
      exports_test_async_channels_run_sum_counters_return(t->value);
      return task_exit(t);
    }
    t->step = 0;
  }
}

code_t exports_test_async_channels_run_sum_counters(exports_test_async_channels_run_stream_own_counter_t counters) {
  task_t *t = task_new(sum_counters_run);
  t->reader = counters;
  return sum_counters_run(t);
}

code_t exports_test_async_channels_run_sum_counters_callback(async_channels_event_t *event) {
  return resume(event);
}
