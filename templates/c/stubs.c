// Starter code for the exports of the WIT world `{{ world }}`.
// Written by bindery: give each function its body and each resource struct
// its fields. This file is yours: bindery never overwrites it.
#include "{{ header }}"

#include <stdlib.h>
{%- for r in resources %}

struct {{ r.rep }} {
  int placeholder;
};

void {{ r.destructor }}({{ r.rep }} *rep) {
  free(rep);
}
{%- endfor %}
{%- for f in functions %}

{{ f.signature }} {
{%- for name in f.unused %}
  (void) {{ name }};
{%- endfor %}
  abort(); // not implemented
}
{%- endfor %}
