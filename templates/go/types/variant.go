

{% for line in docs %}{{ line }}
{% endfor %}type {{ name }} struct {
	tag   {{ tag }}
	value any
}
{% for c in consts %}
{%- if !loop.first && !c.docs.is_empty() %}
{% endif %}
{%- for line in c.docs %}
{{ line }}
{%- endfor %}
const {{ c.name }} {{ tag }} = {{ c.value }}
{%- endfor %}

// Tag is the case of the value ({{ name }}… constants).
func (self {{ name }}) Tag() {{ tag }} {
	return self.tag
}
{%- for case in cases %}
{%- match case.payload %}
{%- when Some(payload) %}

// {{ case.getter }} is the payload of case {{ case.konst }}; it panics on other cases.
func (self {{ name }}) {{ case.getter }}() {{ payload }} {
	if self.tag != {{ case.konst }} {
		panic("tag mismatch")
	}
	return self.value.({{ payload }})
}
{%- when None %}
{%- endmatch %}
{%- endfor %}
{%- for case in cases %}

// {{ case.maker }} is a {{ name }} of case {{ case.konst }}.
{%- match case.payload %}
{%- when Some(payload) %}
func {{ case.maker }}(value {{ payload }}) {{ name }} {
	return {{ name }}{ {{- case.konst }}, value}
}
{%- when None %}
func {{ case.maker }}() {{ name }} {
	return {{ name }}{ {{- case.konst }}, nil}
}
{%- endmatch %}
{%- endfor %}
