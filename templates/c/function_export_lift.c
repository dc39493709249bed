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
