
// The Component Model's async ABI (wit-bindgen's C API)
{%- if executor %}

typedef uint32_t {{ w }}_waitable_status_t;
#define {{ s }}_WAITABLE_STATE(status) (({{ w }}_waitable_state_t) ((status) & 0xf))
#define {{ s }}_WAITABLE_COUNT(status) ((uint32_t) ((status) >> 4))
#define {{ s }}_WAITABLE_STATUS_BLOCKED (({{ w }}_waitable_status_t) -1)

typedef enum {{ w }}_waitable_state {
  {{ s }}_WAITABLE_COMPLETED,
  {{ s }}_WAITABLE_DROPPED,
  {{ s }}_WAITABLE_CANCELLED,
} {{ w }}_waitable_state_t;

typedef uint32_t {{ w }}_callback_code_t;
#define {{ s }}_CALLBACK_CODE_EXIT 0
#define {{ s }}_CALLBACK_CODE_YIELD 1
#define {{ s }}_CALLBACK_CODE_WAIT(set) (2 | ((set) << 4))

typedef enum {{ w }}_event_code {
  {{ s }}_EVENT_NONE,
  {{ s }}_EVENT_SUBTASK,
  {{ s }}_EVENT_STREAM_READ,
  {{ s }}_EVENT_STREAM_WRITE,
  {{ s }}_EVENT_FUTURE_READ,
  {{ s }}_EVENT_FUTURE_WRITE,
  {{ s }}_EVENT_CANCEL,
} {{ w }}_event_code_t;

/** One event: what happened, to which waitable, and its code. */
typedef struct {{ w }}_event {
  {{ w }}_event_code_t event;
  uint32_t waitable;
  uint32_t code;
} {{ w }}_event_t;

typedef uint32_t {{ w }}_waitable_set_t;
{{ w }}_waitable_set_t {{ w }}_waitable_set_new(void);
/** Adds `waitable` to `set`; set 0 takes it out of its set. */
void {{ w }}_waitable_join(uint32_t waitable, {{ w }}_waitable_set_t set);
void {{ w }}_waitable_set_drop({{ w }}_waitable_set_t set);
/** Blocks until an event arrives in `set`. */
void {{ w }}_waitable_set_wait({{ w }}_waitable_set_t set, {{ w }}_event_t *event);
/** The next event of `set`, or `{{ s }}_EVENT_NONE`. */
void {{ w }}_waitable_set_poll({{ w }}_waitable_set_t set, {{ w }}_event_t *event);
/** Lets other tasks run before this one goes on. */
void {{ w }}_thread_yield(void);
{%- endif %}
{%- if imports %}

typedef uint32_t {{ w }}_subtask_status_t;
typedef uint32_t {{ w }}_subtask_t;
#define {{ s }}_SUBTASK_STATE(status) (({{ w }}_subtask_state_t) ((status) & 0xf))
#define {{ s }}_SUBTASK_HANDLE(status) (({{ w }}_subtask_t) ((status) >> 4))

typedef enum {{ w }}_subtask_state {
  {{ s }}_SUBTASK_STARTING,
  {{ s }}_SUBTASK_STARTED,
  {{ s }}_SUBTASK_RETURNED,
  {{ s }}_SUBTASK_STARTED_CANCELLED,
  {{ s }}_SUBTASK_RETURNED_CANCELLED,
} {{ w }}_subtask_state_t;

/** Cancels a call in flight; its final status. */
{{ w }}_subtask_status_t {{ w }}_subtask_cancel({{ w }}_subtask_t subtask);
void {{ w }}_subtask_drop({{ w }}_subtask_t subtask);
{%- endif %}
{%- if exports %}

/** The host starts no new call of this component's async exports until a matching `_dec`. */
void {{ w }}_backpressure_inc(void);
void {{ w }}_backpressure_dec(void);
/** The current task's context slot: where a callback finds its state. */
void *{{ w }}_context_get_0(void);
void {{ w }}_context_set_0(void *value);
{%- endif %}
{%- if error_context %}

/**
 * An `error-context` handle. Passing one on copies it: each side drops its
 * own.
 */
typedef uint32_t {{ w }}_error_context_t;
/** A new error-context with a copy of `message`. */
{{ w }}_error_context_t {{ w }}_error_context_new(const {{ string }} *message);
/** Its debug message, in new memory that `ret` owns. */
void {{ w }}_error_context_debug_message({{ w }}_error_context_t error, {{ string }} *ret);
void {{ w }}_error_context_drop({{ w }}_error_context_t error);
{%- endif %}
