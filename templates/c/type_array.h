{%- import "docs.h" as docs -%}
{%- let def = self.0 -%}
{% call docs::block(def.docs, "") %}{% endcall %}typedef struct {{ def.name }} {
  {{ def.element }} data[{{ def.length }}];
} {{ def.name }};
