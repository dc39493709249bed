// Starter code written by bindery: replace each panic with the
// implementation, and give each resource struct its fields. This file is
// yours: bindery never overwrites it.

package {{ package }}
{%- if !imports.is_empty() %}

import (
{%- for path in imports %}
	{{ path }}
{%- endfor %}
)
{%- endif %}
{%- for name in resources %}

type {{ name }} struct{}
{%- endfor %}
{%- for function in functions %}

{{ function }} {
	panic("not implemented")
}
{%- endfor %}{{ "\n" }}