

{% for line in docs %}{{ line }}
{% endfor %}{{ derive }}
pub struct {{ name }}{{ generics }} {
{%- for f in fields %}
{%- for line in f.docs %}
    {{ line }}
{%- endfor %}
    {{ f.line|indent(4) }},
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
