
__attribute__((__import_module__("{{ core.module }}"), __import_name__("{{ core.field }}")))
extern int32_t {{ core.name }}({{ core_params }});

{{ signature }} {
{%- if count > 0 %}
  __bindery_slot_t __bindery_args[{{ count }}] = {0};
{%- endif %}
{%- for lowering in lowers %}
  {{ lowering.function }}(&{{ lowering.value }}, __bindery_args + {{ lowering.slot }});
{%- endfor %}
  return ({{ status }}) {{ core.name }}({{ call_args }});
}
