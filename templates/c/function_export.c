
__attribute__((__export_name__("{{ core.name }}")))
{{ core_result }}{{ core.function }}({{ core_params }}) {
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
{%- match call %}
{%- when ExportCall::Void %}
  {{ user }}({{ args }});
{%- when ExportCall::Value(ctype) %}
  {{ ctype }} __bindery_result = {{ user }}({{ args }});
{%- when ExportCall::OutPointer(ctype) %}
  {{ ctype }} __bindery_result;
  {{ user }}({{ args }});
{%- when ExportCall::OptionBool(ctype) %}
  {{ ctype }} __bindery_result;
  __bindery_result.is_some = {{ user }}({{ args }});
{%- when ExportCall::ResultBool(ctype) %}
  {{ ctype }} __bindery_result;
  __bindery_result.is_err = !{{ user }}({{ args }});
{%- endmatch %}
{%- match ret %}
{%- when ExportRet::Nothing %}
{%- when ExportRet::Flat { lower, member } %}
  __bindery_slot_t __bindery_ret = {0};
  {{ lower }}(&__bindery_result, &__bindery_ret);
  return __bindery_ret.{{ member }};
{%- when ExportRet::Area %}
  memcpy(__bindery_ret_area, &__bindery_result, sizeof(__bindery_result));
  return __bindery_ret_area;
{%- endmatch %}
}
{%- if let Some(post) = post_return %}

__attribute__((__export_name__("{{ post.core.name }}")))
void {{ post.core.function }}(uint8_t *__bindery_arg0) {
  {{ post.free }}(({{ post.ctype }} *) __bindery_arg0);
}
{%- endif %}
