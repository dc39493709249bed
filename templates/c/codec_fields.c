{%- let c = self.0 -%}
{%- if let Some(lower) = c.head.lower %}

static void {{ lower }}(const {{ c.head.ctype }} *ptr, __bindery_slot_t *slots) {
{%- for f in c.fields %}
  {{ f.lower }}(&ptr->{{ f.member }}, slots + {{ f.slot }});
{%- endfor %}
}
{%- endif %}
{%- if let Some(lift) = c.head.lift %}

static void {{ lift }}(const __bindery_slot_t *slots, {{ c.head.ctype }} *ptr) {
{%- for f in c.fields %}
  {{ f.lift }}(slots + {{ f.slot }}, &ptr->{{ f.member }});
{%- endfor %}
}
{%- endif %}
{%- if let Some(free) = c.head.free %}

void {{ free }}({{ c.head.ctype }} *ptr) {
{%- for f in c.fields %}
{%- if let Some(field_free) = f.free %}
  {{ field_free }}(&ptr->{{ f.member }});
{%- endif %}
{%- endfor %}
}
{%- endif %}
{%- if let Some(release) = c.head.release %}

static inline void {{ release }}({{ c.head.ctype }} *ptr) {
{%- for f in c.fields %}
{%- if let Some(field_release) = f.release %}
  {{ field_release }}(&ptr->{{ f.member }});
{%- endif %}
{%- endfor %}
}
{%- endif %}
