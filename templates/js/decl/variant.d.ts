{%- for line in docs %}
  {{ line }}
{%- endfor %}
  export type {{ name }} = {{ union }};
{%- for case in cases %}
{%- for line in case.docs %}
  {{ line }}
{%- endfor %}
  export interface {{ case.name }} {
    tag: {{ case.tag }};
{%- if let Some(payload) = case.payload %}
    val: {{ payload }};
{%- endif %}
  }
{%- endfor %}