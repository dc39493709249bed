@{{ dataclass }}
class {{ name }}:{{ docs }}
{%- for field in fields %}
    {{ field.name }}: {{ field.ty }}{{ field.docs }}
{%- endfor %}
{%- if docs.is_empty() && fields.is_empty() %}
    pass
{%- endif %}
