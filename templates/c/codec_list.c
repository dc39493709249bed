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
{%- if let Some(release) = c.head.release %}

{# With element releases, ptr and len go in locals: the element releases
   write through pointers the compiler cannot tell apart from `ptr`, so it
   would reload both on every pass. The post-return calls this directly:
   nothing reads the list again, so nothing in it is emptied. -#}
static inline void {{ release }}({{ c.head.ctype }} *ptr) {
{%- if c.element_releases.is_empty() %}
  if (ptr->len > 0) {
    free(ptr->ptr);
  }
{%- else %}
  size_t list_len = ptr->len;
  if (list_len > 0) {
    {{ c.element }} *list_ptr = ptr->ptr;
    for (size_t i = 0; i < list_len; i++) {
{%- for (member, element_release) in c.element_releases %}
      {{ element_release }}(&list_ptr[i]{{ member }});
{%- endfor %}
    }
    free(list_ptr);
  }
{%- endif %}
}
{%- endif %}
{%- if let Some(free) = c.head.free %}

{# With element frees, ptr and len go in locals: the element frees write
   through pointers the compiler cannot tell apart from `ptr`, so it would
   reload both on every pass. -#}
void {{ free }}({{ c.head.ctype }} *ptr) {
{%- if c.element_frees.is_empty() %}
  if (ptr->len > 0) {
    free(ptr->ptr);
  }
{%- else %}
  size_t list_len = ptr->len;
  if (list_len > 0) {
    {{ c.element }} *list_ptr = ptr->ptr;
    for (size_t i = 0; i < list_len; i++) {
{%- for (member, element_free) in c.element_frees %}
      {{ element_free }}(&list_ptr[i]{{ member }});
{%- endfor %}
    }
    free(list_ptr);
  }
{%- endif %}
  ptr->ptr = NULL;
  ptr->len = 0;
}
{%- endif %}
