{%- let c = self.0 -%}
{%- if let Some(lower) = c.head.lower %}

static void {{ lower }}(const {{ c.head.ctype }} *ptr, __bindery_slot_t *slots) {
  for (size_t i = 0; i < {{ c.length }}; i++) {
    {{ c.element.lower }}(&ptr->data[i], slots + i * {{ c.stride }});
  }
}
{%- endif %}
{%- if let Some(lift) = c.head.lift %}

static void {{ lift }}(const __bindery_slot_t *slots, {{ c.head.ctype }} *ptr) {
  for (size_t i = 0; i < {{ c.length }}; i++) {
    {{ c.element.lift }}(slots + i * {{ c.stride }}, &ptr->data[i]);
  }
}
{%- endif %}
{%- if let Some(free) = c.head.free %}
{%- if let Some(element_free) = c.element.free %}

void {{ free }}({{ c.head.ctype }} *ptr) {
  for (size_t i = 0; i < {{ c.length }}; i++) {
    {{ element_free }}(&ptr->data[i]);
  }
}
{%- endif %}
{%- endif %}
{%- if let Some(release) = c.head.release %}
{%- if let Some(element_release) = c.element.release %}

static inline void {{ release }}({{ c.head.ctype }} *ptr) {
  for (size_t i = 0; i < {{ c.length }}; i++) {
    {{ element_release }}(&ptr->data[i]);
  }
}
{%- endif %}
{%- endif %}
