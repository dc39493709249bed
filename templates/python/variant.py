{% for case in cases %}@{{ dataclass }}
class {{ case.class }}:{{ case.docs }}
{%- match case.payload %}
{%- when Some with (ty) %}
    value: {{ ty }}
{%- when None %}
{%- if case.docs.is_empty() %}
    pass
{%- endif %}
{%- endmatch %}


{% endfor %}{{ name }} = {% for case in cases %}{% if !loop.first %} | {% endif %}{{ case.class }}{% endfor %}{{ docs }}
