{%- for line in docs %}
{{ line }}
{%- endfor %}
public class {{ name }}
{
    public readonly {{ tag }} Tag;
    private readonly object? value;

    private {{ name }}({{ tag }} tag, object? value)
    {
        this.Tag = tag;
        this.value = value;
    }
{%- for c in cases %}
{% for line in c.docs %}
    {{ line }}
{%- endfor %}
{%- if let Some(p) = c.payload %}
    public static {{ name }} {{ c.name }}({{ p.ty }} {{ p.param }})
    {
        return new {{ name }}(Tags.{{ c.name }}, {{ p.param }});
    }
{%- else %}
    public static {{ name }} {{ c.name }}()
    {
        return new {{ name }}(Tags.{{ c.name }}, null);
    }
{%- endif %}
{%- endfor %}
{%- for c in cases %}
{%- if let Some(p) = c.payload %}

    public {{ p.ty }} {{ p.accessor }}
    {
        get
        {
            if (Tag == Tags.{{ c.name }})
            {
                return ({{ p.ty }})value!;
            }
            throw new global::System.ArgumentException("expected {{ c.name }}, got " + Tag);
        }
    }
{%- endif %}
{%- endfor %}

    public class Tags
    {
{%- for c in cases %}
        public const {{ tag }} {{ c.name }} = {{ c.index }};
{%- endfor %}
    }
}
