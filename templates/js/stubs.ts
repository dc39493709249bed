// Starter code for the exports of the WIT world `{{ world_name }}`.
// Written by bindery: replace each `throw`. This file is yours: bindery
// never overwrites it. Compile it with tsc and build the component from the
// JavaScript with ComponentizeJS or componentize-qjs.
import type { {{ guest }}, {{ check }} } from '{{ world }}';
{%- for export in exports %}

/** Implements `{{ export.key }}`. */
{% if export.rename.is_none() %}export {% endif %}const {{ export.binding }}: {{ export.contract }} = {
{%- for f in export.functions %}
  {{ f.key }}({{ f.params }}) {
    throw new Error('not implemented');
  },
{%- endfor %}
{%- for class in export.classes %}
  {{ class.name }}: class {{ class.name }} {
    constructor(...args: ConstructorParameters<{{ class.contract }}>) {
      throw new Error('not implemented');
    }
{%- for m in class.methods %}

    {{ m.prefix }}{{ m.key }}({% if !m.params.is_empty() %}...[{{ m.params }}]: Parameters<{{ m.ty }}>{% endif %}): ReturnType<{{ m.ty }}> {
      throw new Error('not implemented');
    }
{%- endfor %}
  },
{%- endfor %}
};
{%- if let Some(name) = export.rename %}
export { {{ export.binding }} as {{ name }} };
{%- endif %}
{%- endfor %}
{%- for f in functions %}

{% if f.rename.is_none() %}export {% endif %}const {{ f.binding }}: {{ f.contract }} = ({{ f.params }}) => {
  throw new Error('not implemented');
};
{%- if let Some(name) = f.rename %}
export { {{ f.binding }} as {{ name }} };
{%- endif %}
{%- endfor %}

type _ = {{ check }}<typeof import('./guest.js')>;
