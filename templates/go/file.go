{{ marker }}

{% for line in docs %}{{ line }}
{% endfor %}package {{ package }}
{%- if !imports.is_empty() %}

import (
{%- for path in imports %}
	{{ path }}
{%- endfor %}
)
{%- endif %}
{%- for section in sections %}{{ section }}{% endfor %}{{ "\n" }}