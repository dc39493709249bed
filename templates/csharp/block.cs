{%- for line in docs %}
{{ line }}
{%- endfor %}
{{ declaration }}
{
{%- for s in sections %}
{%- if !loop.first %}
{% endif %}
    {{ s|indent(4) }}
{%- endfor %}
}
