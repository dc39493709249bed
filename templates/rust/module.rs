{% for line in docs %}{{ line }}
{% endfor %}{{ vis }}mod {{ name }} {
{%- if runtime.is_none() && body.is_empty() && prelude.is_none() -%}
}
{%- else %}
{%- match runtime %}
{%- when Some(path) %}
    use {{ path }};
{%- when None %}
{%- endmatch %}
{%- match async_api %}
{%- when Some(path) %}
    use {{ path }};
{%- when None %}
{%- endmatch %}
{%- if let Some(prelude) = prelude %}
    use {{ prelude }};
{%- endif %}
    {{- body|indent(4, true)|safe }}
}
{%- endif %}
