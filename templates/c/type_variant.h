{%- import "docs.h" as docs -%}
{%- let def = self.0 -%}
{% call docs::block(def.docs, "") %}{% endcall %}typedef struct {{ def.name }} {
  {{ def.tag }} tag;
{%- if !def.payloads.is_empty() %}
  union {
{%- for payload in def.payloads %}
    {{ payload.ctype }} {{ payload.name }};
{%- endfor %}
  } val;
{%- endif %}
} {{ def.name }};
{% for m in def.macros %}
{% call docs::block(m.docs, "") %}{% endcall %}#define {{ m.name }} {{ m.value }}
{%- endfor %}
