

{% for line in docs %}{{ line }}
{% endfor %}pub type {{ name }}{{ generics }} ={{ rhs }};
{%- match borrow %}
{%- when Some(borrow) %}
{%- for line in docs %}
{{ line }}
{%- endfor %}
pub type {{ name }}Borrow<'a> ={{ borrow }};
{%- when None %}
{%- endmatch %}
