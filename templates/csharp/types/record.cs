{%- for line in docs %}
{{ line }}
{%- endfor %}
public struct {{ name }}
{
{%- for f in fields %}
{%- for line in f.docs %}
    {{ line }}
{%- endfor %}
    public {{ f.ty }} {{ f.name }};
{%- endfor %}
{%- if !fields.is_empty() %}

    public {{ name }}({{ params }})
    {
{%- for f in fields %}
        this.{{ f.name }} = {{ f.name }};
{%- endfor %}
    }
{%- endif %}
}
