

{% for line in docs %}{{ line }}
{% endfor %}pub trait {{ name }}{{ bound }} {
{%- for ty in types %}
    type {{ ty.name }}: {{ ty.bound }};
{%- endfor %}
{%- for m in methods %}
{%- for line in m.docs %}
    {{ line }}
{%- endfor %}
    {{ m.signature|indent(4) }};
{%- endfor %}
}
