{{ header }}
{%- for block in imports %}
{% for line in block %}
{{ line }}
{%- endfor %}
{%- endfor %}
{%- for class in classes %}


{{ class }}
{%- endfor %}{{ "\n" }}
