

{% for line in docs %}{{ line }}
{% endfor %}
{#- The cases' payloads are the WIT's: boxing a large one would change the
    type guest code matches on. -#}
#[allow(clippy::large_enum_variant)]
{{ derive }}
pub enum {{ name }}{{ generics }} {
{%- for c in cases %}
{%- for line in c.docs %}
    {{ line }}
{%- endfor %}
    {{ c.line|indent(4) }},
{%- endfor %}
}
{%- if let Some(krate) = error %}

impl{{ generics }} core::fmt::Display for {{ name }}{{ generics }} {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl{{ generics }} {{ krate }}::error::Error for {{ name }}{{ generics }} {}
{%- endif %}
