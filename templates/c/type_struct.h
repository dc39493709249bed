{%- import "docs.h" as docs -%}
{%- let def = self.0 -%}
{% call docs::block(def.docs, "") %}{% endcall %}typedef struct {{ def.name }} {
{%- for member in def.members %}
{% call docs::block(member.docs, "  ") %}{% endcall %}  {{ member.ctype }} {{ member.name }};
{%- endfor %}
} {{ def.name }};
