{{ marker }}

module {{ module }}

go 1.24
{%- for r in replaced %}

require {{ r.module }} {{ r.version }}

replace {{ r.module }} => ./{{ r.dir }}
{%- endfor %}{{ "\n" }}
