
// The Component Model's async ABI
{%- for b in builtins %}

__attribute__((__import_module__("{{ b.module }}"), __import_name__("{{ b.field }}")))
extern {{ b.signature }};
{%- endfor %}
{%- if executor %}

{{ w }}_waitable_set_t {{ w }}_waitable_set_new(void) {
  return __bindery_waitable_set_new();
}

void {{ w }}_waitable_join(uint32_t waitable, {{ w }}_waitable_set_t set) {
  __bindery_waitable_join(waitable, set);
}

void {{ w }}_waitable_set_drop({{ w }}_waitable_set_t set) {
  __bindery_waitable_set_drop(set);
}

void {{ w }}_waitable_set_wait({{ w }}_waitable_set_t set, {{ w }}_event_t *event) {
  event->event = ({{ w }}_event_code_t) __bindery_waitable_set_wait(set, &event->waitable);
}

void {{ w }}_waitable_set_poll({{ w }}_waitable_set_t set, {{ w }}_event_t *event) {
  event->event = ({{ w }}_event_code_t) __bindery_waitable_set_poll(set, &event->waitable);
}

void {{ w }}_thread_yield(void) {
  (void) __bindery_thread_yield();
}
{%- endif %}
{%- if imports %}

{{ w }}_subtask_status_t {{ w }}_subtask_cancel({{ w }}_subtask_t subtask) {
  return __bindery_subtask_cancel(subtask);
}

void {{ w }}_subtask_drop({{ w }}_subtask_t subtask) {
  __bindery_subtask_drop(subtask);
}
{%- endif %}
{%- if exports %}

void {{ w }}_backpressure_inc(void) {
  __bindery_backpressure_inc();
}

void {{ w }}_backpressure_dec(void) {
  __bindery_backpressure_dec();
}

void *{{ w }}_context_get_0(void) {
  return (void *) (uintptr_t) __bindery_context_get();
}

void {{ w }}_context_set_0(void *value) {
  __bindery_context_set((uint32_t) (uintptr_t) value);
}
{%- endif %}
{%- if error_context %}

{{ w }}_error_context_t {{ w }}_error_context_new(const {{ string }} *message) {
  return __bindery_error_context_new(message->ptr, message->len);
}

void {{ w }}_error_context_debug_message({{ w }}_error_context_t error, {{ string }} *ret) {
  __bindery_error_context_debug_message(error, ret);
}

void {{ w }}_error_context_drop({{ w }}_error_context_t error) {
  __bindery_error_context_drop(error);
}
{%- endif %}
