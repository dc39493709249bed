
__attribute__((__export_name__("{{ core.name }}")))
int32_t {{ core.function }}({{ core_params }}) {
{%- match params %}
{%- when ExportParams::Flat { count, stores, lifts } %}
{%- if *count > 0 %}
  __bindery_slot_t __bindery_args[{{ count }}] = {0};
{%- endif %}
{%- for store in stores %}
  __bindery_args[{{ store.slot }}].{{ store.member }} = {{ store.arg }};
{%- endfor %}
{%- for lifting in lifts %}
  {{ lifting.ctype }} {{ lifting.local }};
  {{ lifting.function }}(__bindery_args + {{ lifting.slot }}, &{{ lifting.local }});
{%- endfor %}
{%- when ExportParams::Indirect { loads } %}
{%- for load in loads %}
  {{ load.ctype }} {{ load.local }};
  memcpy(&{{ load.local }}, __bindery_arg0 + {{ load.offset }}, sizeof({{ load.local }}));
{%- endfor %}
  free(__bindery_arg0);
{%- endmatch %}
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
