{%- import "docs.h" as docs -%}
{%- let def = self.0 -%}
typedef struct {{ def.entry }} {
  {{ def.key }} key;
  {{ def.value }} value;
} {{ def.entry }};

{% call docs::block(def.docs, "") %}{% endcall %}typedef struct {{ def.name }} {
  {{ def.entry }} *ptr;
  size_t len;
} {{ def.name }};
