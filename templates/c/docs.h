{%- macro block(lines, indent) -%}
{%- if lines.len() == 1 -%}
{{ indent }}/** {{ lines[0] }} */
{% elif !lines.is_empty() -%}
{{ indent }}/**
{% for line in lines.iter() -%}
{{ indent }} *{% if !line.is_empty() %} {{ line }}{% endif %}
{% endfor -%}
{{ indent }} */
{% endif -%}
{%- endmacro -%}
