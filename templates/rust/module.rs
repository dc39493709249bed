{% for line in docs %}{{ line }}
{% endfor %}{{ vis }}mod {{ name }} {
{%- if empty -%}
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
{%- endif %}
