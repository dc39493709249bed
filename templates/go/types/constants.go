

{% for line in docs %}{{ line }}
{% endfor %}type {{ name }} = {{ repr }}
{% for c in consts %}
{%- if !loop.first && !c.docs.is_empty() %}
{% endif %}
{%- for line in c.docs %}
{{ line }}
{%- endfor %}
const {{ c.name }} {{ name }} = {{ c.value }}
{%- endfor %}
