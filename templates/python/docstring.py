{%- if !lines.is_empty() %}
{{ indent }}"""
{%- for line in lines %}
{% if !line.is_empty() %}{{ indent }}{{ line }}{% endif %}
{%- endfor %}
{{ indent }}"""
{%- endif %}
