{%- for line in docs %}
{{ line }}
{%- endfor %}
{{ modifiers }}{{ ret }} {{ name }}({{ params }});
