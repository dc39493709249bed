
__attribute__((__export_name__("{{ core.name }}")))
{{ core_result }}{{ core.function }}({{ core_params }}) {
{%- include "function_export_lift.c" %}
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
  {{ post.release }}(({{ post.ctype }} *) __bindery_arg0);
}
{%- endif %}
