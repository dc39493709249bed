{%- import "docs.h" as docs -%}
{%- let def = self.0 -%}
{% call docs::block(def.docs, "") %}{% endcall %}typedef {{ def.repr }} {{ def.name }};
{% for m in def.macros %}
{% call docs::block(m.docs, "") %}{% endcall %}#define {{ m.name }} {{ m.value }}
{%- endfor %}
