

{% for line in docs %}{{ line }}
{% endfor %}#[repr({{ repr }})]
{{ derive }}
pub enum {{ name }} {
{%- for c in cases %}
{%- for line in c.docs %}
    {{ line }}
{%- endfor %}
    {{ c.name }},
{%- endfor %}
}
{%- if let Some(krate) = error %}

impl {{ name }} {
    /// The case's WIT name.
    pub fn name(&self) -> &'static str {
        match self {
{%- for c in cases %}
            {{ name }}::{{ c.name }} => {{ c.wit_name }},
{%- endfor %}
        }
    }

    /// The case's WIT documentation.
    pub fn message(&self) -> &'static str {
        match self {
{%- for c in cases %}
            {{ name }}::{{ c.name }} => {{ c.message }},
{%- endfor %}
        }
    }
}

impl core::fmt::Display for {{ name }} {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} (error {})", self.name(), *self as i32)
    }
}

impl {{ krate }}::error::Error for {{ name }} {}
{%- endif %}
