{%- for line in docs %}
  {{ line }}
{%- endfor %}
  export interface {{ name }} {
{%- for field in fields %}
{%- for line in field.docs %}
    {{ line }}
{%- endfor %}
    {{ field.name }}{% if field.optional %}?{% endif %}: {{ field.ty }};
{%- endfor %}
  }