
__attribute__((__export_name__("{{ core.name }}")))
int32_t {{ core.function }}({{ core_params }}) {
{%- include "function_export_lift.c" %}
  return (int32_t) {{ user }}({{ args }});
}

__attribute__((__export_name__("{{ callback.name }}")))
int32_t {{ callback.function }}(int32_t __bindery_arg0, int32_t __bindery_arg1, int32_t __bindery_arg2) {
  {{ event }}_t __bindery_event;
  __bindery_event.event = ({{ event }}_code_t) __bindery_arg0;
  __bindery_event.waitable = (uint32_t) __bindery_arg1;
  __bindery_event.code = (uint32_t) __bindery_arg2;
  return (int32_t) {{ user_callback }}(&__bindery_event);
}

__attribute__((__import_module__("{{ task.module }}"), __import_name__("{{ task.field }}")))
extern void {{ task.name }}({{ task_params }});

{{ return_signature }} {
{%- match returned %}
{%- when Returned::Nothing %}
  {{ task.name }}();
{%- when Returned::Flat { count, lower, args } %}
  __bindery_slot_t __bindery_ret[{{ count }}] = {0};
  {{ lower }}(&ret, __bindery_ret);
  {{ task.name }}({{ args }});
{%- when Returned::Area { size, align } %}
  _Alignas({{ align }}) uint8_t __bindery_area[{{ size }}];
  memcpy(__bindery_area, &ret, sizeof(ret));
  {{ task.name }}(__bindery_area);
{%- endmatch %}
{%- if let Some(free) = free %}
  {{ free }}(&ret);
{%- endif %}
}
