{%- let c = self.0 -%}
{%- if let Some(lower) = c.head.lower %}

static void {{ lower }}(const {{ c.head.ctype }} *ptr, __bindery_slot_t *slots) {
  slots[0].ptr = (uint8_t *) ptr->ptr;
  slots[1].len = ptr->len;
}
{%- endif %}
{%- if let Some(lift) = c.head.lift %}

static void {{ lift }}(const __bindery_slot_t *slots, {{ c.head.ctype }} *ptr) {
  ptr->ptr = ({{ c.element }} *) slots[0].ptr;
  ptr->len = slots[1].len;
}
{%- endif %}
{%- if let Some(free) = c.head.free %}

void {{ free }}({{ c.head.ctype }} *ptr) {
  if (ptr->len > 0) {
{%- if !c.element_frees.is_empty() %}
    for (size_t i = 0; i < ptr->len; i++) {
{%- for (member, element_free) in c.element_frees %}
      {{ element_free }}(&ptr->ptr[i]{{ member }});
{%- endfor %}
    }
{%- endif %}
    free(ptr->ptr);
  }
  ptr->ptr = NULL;
  ptr->len = 0;
}
{%- endif %}
