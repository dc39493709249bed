class {{ name }}({{ base }}):{{ docs }}
{%- for member in members %}
    {{ member.name }} = {{ member.value }}{{ member.docs }}
{%- endfor %}
