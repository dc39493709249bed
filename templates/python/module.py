{{ marker }}{{ docs }}
{%- for block in imports %}
{% for line in block %}
{{ line }}
{%- endfor %}
{%- endfor %}
{%- for section in sections %}


{{ section }}
{%- endfor %}{{ "\n" }}
