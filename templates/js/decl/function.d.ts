{%- for line in docs %}
  {{ line }}
{%- endfor %}
{%- match local %}
{%- when Some(local) %}
  export { {{ local }} as {{ name }} };
  function {{ local }}({{ params }}): {{ ret }};
{%- when None %}
  export function {{ name }}({{ params }}): {{ ret }};
{%- endmatch %}