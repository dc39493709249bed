

{% for line in docs %}{{ line }}
{% endfor %}{{ vis }}mod {{ name }} {
{%- match runtime %}
{%- when Some(path) %}
    use {{ path }};
{%- when None %}
{%- endmatch %}
    {{- body|indent(4, true) }}
}
