

{% for line in docs %}{{ line }}
{% endfor %}{% if asynchronous %}#[allow(async_fn_in_trait)]
{% endif %}pub trait {{ name }}{{ bound }} {
{%- if types.is_empty() && methods.is_empty() -%}
}
{%- else %}
{%- for ty in types %}
    type {{ ty.name }}: {{ ty.bound }};
{%- endfor %}
{%- for m in methods %}
{%- for line in m.docs %}
    {{ line }}
{%- endfor %}
{%- if m.sized %}
    {{ m.signature|indent(4) }}
    where
        Self: Sized;
{%- else %}
    {{ m.signature|indent(4) }};
{%- endif %}
{%- endfor %}
}
{%- endif %}
