//! Starter code for the exports of the WIT world `{{ world }}`.
//! Written by bindery: replace each `todo!()`. This file is yours: bindery
//! never overwrites it.
{%- if no_std %}

#![no_std]

extern crate alloc;
{%- endif %}
{% if let Some(path) = path %}
#[path = "{{ path }}"]
{%- endif %}
mod {{ bindings }};
{%- if let Some(component) = component %}

/// The component: it implements every exported interface.
pub struct {{ component }};

{{ bindings }}::export!({{ component }} with_types_in {{ bindings }});
{%- endif %}
{%- for module in modules %}

/// The exports of {{ module.title }}.
// Until every body is written, parameters go unused.
#[allow(unused_variables)]
mod {{ module.name }} {
    use {{ module.import }}::*;
{%- if let Some(path) = module.async_api %}
    use {{ path }};
{%- endif %}
{%- if let Some(prelude) = module.prelude %}
    #[allow(unused_imports)]
    use {{ prelude }};
{%- endif %}
{%- for imp in module.impls %}
{%- if let Some(name) = imp.define %}

    pub struct {{ name }};
{%- endif %}

    {{ imp.header|indent(4) }}
{%- if imp.types.is_empty() && imp.methods.is_empty() %}
{%- if imp.broken %}
    }
{%- else %}}{% endif %}
{%- else %}
{%- for t in imp.types %}
        {{ t|indent(8) }};
{%- endfor %}
{%- for method in imp.methods %}
{%- if !loop.first || !imp.types.is_empty() %}{{ "\n" }}{% endif %}
{%- for line in method.docs %}
        {{ line }}
{%- endfor %}
        {{ method.signature|indent(8) }} {
            todo!()
        }
{%- endfor %}
    }
{%- endif %}
{%- endfor %}
}
{%- endfor %}
