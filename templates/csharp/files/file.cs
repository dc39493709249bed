{{ header }}

namespace {{ namespace }};
{%- for s in sections %}

{{ s }}
{%- endfor %}
