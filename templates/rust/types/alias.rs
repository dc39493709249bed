

{% for line in docs %}{{ line }}
{% endfor %}pub type {{ name }}{{ generics }} ={{ eq }}{{ target }};
{%- match borrow %}
{%- when Some(borrow) %}
{%- for line in docs %}
{{ line }}
{%- endfor %}
pub type {{ name }}Borrow<'a> = {{ borrow }}<'a>;
{%- when None %}
{%- endmatch %}
