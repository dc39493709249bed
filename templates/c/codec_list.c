{#- The body the release and the free share: each owning part of each
    element (`parts`: member and function), then the list's own block.
    With parts, ptr and len go in locals: the parts' functions write
    through pointers the compiler cannot tell apart from `ptr`, so it would
    reload both on every pass. -#}
{%- macro release_elements(element, parts) %}
{%- if parts.is_empty() %}
  if (ptr->len > 0) {
    free(ptr->ptr);
  }
{%- else %}
  size_t list_len = ptr->len;
  if (list_len > 0) {
    {{ element }} *list_ptr = ptr->ptr;
    for (size_t i = 0; i < list_len; i++) {
{%- for (member, part) in parts.iter() %}
      {{ part }}(&list_ptr[i]{{ member }});
{%- endfor %}
    }
    free(list_ptr);
  }
{%- endif %}
{%- endmacro %}
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

{# The post-return calls this directly: nothing reads the list again, so
   nothing in it is emptied. -#}
static inline void {{ release }}({{ c.head.ctype }} *ptr) {
{%- call release_elements(c.element, c.element_releases) %}{%- endcall %}
}
{%- endif %}
{%- if let Some(free) = c.head.free %}

void {{ free }}({{ c.head.ctype }} *ptr) {
{%- call release_elements(c.element, c.element_frees) %}{%- endcall %}
  ptr->ptr = NULL;
  ptr->len = 0;
}
{%- endif %}
