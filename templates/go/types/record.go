

{% for line in docs %}{{ line }}
{% endfor %}type {{ name }} struct {
{%- for field in fields %}
{%- for line in field.docs %}
	{{ line }}
{%- endfor %}
	{{ field.text }}
{%- endfor %}
}
