{%- let c = self.0 -%}
{%- if let Some(lower) = c.head.lower %}

static void {{ lower }}(const {{ c.head.ctype }} *ptr, __bindery_slot_t *slots) {
{%- if c.pointer %}
  slots[0].i32 = (int32_t) (uintptr_t) *ptr;
{%- else %}
  slots[0].i32 = ptr->__handle;
{%- endif %}
}
{%- endif %}
{%- if let Some(lift) = c.head.lift %}

static void {{ lift }}(const __bindery_slot_t *slots, {{ c.head.ctype }} *ptr) {
{%- if c.pointer %}
  *ptr = ({{ c.head.ctype }}) (uintptr_t) slots[0].i32;
{%- else %}
  ptr->__handle = slots[0].i32;
{%- endif %}
}
{%- endif %}
