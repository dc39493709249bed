
__attribute__((__import_module__("{{ core.module }}"), __import_name__("{{ core.field }}")))
extern {{ core_result }}{{ core.name }}({{ core_params }});

{{ signature }} {
{%- for option in options %}
  {{ option.ctype }} {{ option.local }} = {0};
  {{ option.local }}.is_some = {{ option.maybe }} != NULL;
  if ({{ option.maybe }}) {
    {{ option.local }}.val = *{{ option.maybe }};
  }
{%- endfor %}
{%- match args %}
{%- when ImportArgs::Flat { count, lowers } %}
{%- if *count > 0 %}
  __bindery_slot_t __bindery_args[{{ count }}] = {0};
{%- endif %}
{%- for lowering in lowers %}
  {{ lowering.function }}({{ lowering.value }}, __bindery_args + {{ lowering.slot }});
{%- endfor %}
{%- when ImportArgs::Indirect { area, stores } %}
  _Alignas({{ area.align }}) uint8_t __bindery_params[{{ area.size }}];
{%- for store in stores %}
  memcpy(__bindery_params + {{ store.offset }}, {{ store.value }}, sizeof({{ store.ctype }}));
{%- endfor %}
{%- endmatch %}
{%- match result %}
{%- when ImportResult::Void %}
  {{ core.name }}({{ call_args }});
{%- when ImportResult::Flat { ctype, member, lift } %}
  __bindery_slot_t __bindery_ret = {0};
  __bindery_ret.{{ member }} = {{ core.name }}({{ call_args }});
  {{ ctype }} __bindery_result;
  {{ lift }}(&__bindery_ret, &__bindery_result);
{%- when ImportResult::Area { ctype } %}
  {{ ctype }} __bindery_result;
  {{ core.name }}({{ call_args }});
{%- endmatch %}
{%- match deliver %}
{%- when Deliver::Nothing %}
{%- when Deliver::Return %}
  return __bindery_result;
{%- when Deliver::OutPointer %}
  *ret = __bindery_result;
{%- when Deliver::OptionBool %}
  if (__bindery_result.is_some) {
    *ret = __bindery_result.val;
  }
  return __bindery_result.is_some;
{%- when Deliver::ResultBool { ok, err } %}
{%- if *ok %}
  if (!__bindery_result.is_err) {
    *ret = __bindery_result.val.ok;
  }
{%- endif %}
{%- if *err %}
  if (__bindery_result.is_err) {
    *err = __bindery_result.val.err;
  }
{%- endif %}
  return !__bindery_result.is_err;
{%- endmatch %}
}
