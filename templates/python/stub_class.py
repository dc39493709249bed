@{{ decorator }}
class {{ name }}{{ bases }}:{{ docs }}
{%- for method in methods %}
{%- if !loop.first || !docs.is_empty() %}
{% endif %}
{{ method }}
{%- endfor %}
{%- if docs.is_empty() && methods.is_empty() %}
    pass
{%- endif %}
