{%- let c = self.0 -%}
{%- if let Some(lower) = c.head.lower %}

static void {{ lower }}(const {{ c.head.ctype }} *ptr, __bindery_slot_t *slots) {
  slots[0].i32 = (int32_t) ptr->{{ c.tag }};
{%- if !c.cases.is_empty() %}
  switch ((int32_t) ptr->{{ c.tag }}) {
{%- for (index, part) in c.cases %}
  case {{ index }}:
    {{ part.lower }}(&ptr->{{ part.member }}, slots + {{ part.slot }});
    break;
{%- endfor %}
  }
{%- endif %}
}
{%- endif %}
{%- if let Some(lift) = c.head.lift %}

static void {{ lift }}(const __bindery_slot_t *slots, {{ c.head.ctype }} *ptr) {
  ptr->{{ c.tag }} = ({{ c.tag_type }}) slots[0].i32;
{%- if !c.cases.is_empty() %}
  switch (slots[0].i32) {
{%- for (index, part) in c.cases %}
  case {{ index }}:
    {{ part.lift }}(slots + {{ part.slot }}, &ptr->{{ part.member }});
    break;
{%- endfor %}
  }
{%- endif %}
}
{%- endif %}
{%- if let Some(free) = c.head.free %}

void {{ free }}({{ c.head.ctype }} *ptr) {
  switch ((int32_t) ptr->{{ c.tag }}) {
{%- for (index, part) in c.owning %}
{%- if let Some(part_free) = part.free %}
  case {{ index }}:
    {{ part_free }}(&ptr->{{ part.member }});
    break;
{%- endif %}
{%- endfor %}
  }
}
{%- endif %}
{%- if let Some(release) = c.head.release %}

static inline void {{ release }}({{ c.head.ctype }} *ptr) {
  switch ((int32_t) ptr->{{ c.tag }}) {
{%- for (index, part) in c.owning %}
{%- if let Some(part_release) = part.release %}
  case {{ index }}:
    {{ part_release }}(&ptr->{{ part.member }});
    break;
{%- endif %}
{%- endfor %}
  }
}
{%- endif %}
