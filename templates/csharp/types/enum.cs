{%- for line in docs %}
{{ line }}
{%- endfor %}
{%- if flags %}
[global::System.Flags]
{%- endif %}
public enum {{ name }}{{ base }}
{
{%- for m in members %}
{%- for line in m.docs %}
    {{ line }}
{%- endfor %}
    {{ m.name }}{{ m.value }},
{%- endfor %}
}
