{{ marker }}
{%- for reference in references %}
/// <reference path="{{ reference }}" />
{%- endfor %}
{%- for module in modules %}
{%- for line in module.docs %}
{{ line }}
{%- endfor %}
declare module '{{ module.specifier }}' {
{%- for decl in module.decls %}{{ decl }}{% endfor %}
}
{%- endfor %}
{{ "" }}