{%- import "docs.h" as docs -%}
{%- let def = self.0 -%}
{% call docs::block(def.docs, "") %}{% endcall %}typedef struct {{ def.name }} {
  bool is_some;
  {{ def.payload }} val;
} {{ def.name }};
