{%- import "docs.h" as docs -%}
{%- let def = self.0 -%}
{% call docs::block(def.docs, "") %}{% endcall %}typedef struct {{ def.name }} {
  bool is_err;
{%- if def.ok.is_some() || def.err.is_some() %}
  union {
{%- if let Some(ok) = def.ok %}
    {{ ok }} ok;
{%- endif %}
{%- if let Some(err) = def.err %}
    {{ err }} err;
{%- endif %}
  } val;
{%- endif %}
} {{ def.name }};
