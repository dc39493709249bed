

{% for line in docs %}{{ line }}
{% endfor %}{{ signature }} {
{%- for param in params %}
    let _p{{ loop.index0 }} = &{{ param }};
{%- endfor %}
    unsafe {
{%- include "functions/import_lower.rs" %}
{%- match result %}
{%- when ImportResult::None %}
        {{ call|indent(8) }};
{%- when ImportResult::Flat with { lift, conversion } %}
        {{ call|indent(8) }};
        __bindery::{{ lift }}(&[__bindery::of_{{ conversion }}(_r)])
{%- when ImportResult::Area with { load } %}
        {{ call|indent(8) }};
        __bindery::{{ load }}(_ret)
{%- endmatch %}
    }
}
