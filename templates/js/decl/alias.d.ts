{%- for line in docs %}
  {{ line }}
{%- endfor %}
  export type {{ name }}{{ generics }} = {{ target }};