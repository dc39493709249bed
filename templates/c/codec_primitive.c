{%- match kind %}
{%- when PrimitiveKind::Lower { member, core } %}

static void {{ name }}(const {{ ctype }} *ptr, __bindery_slot_t *slots) {
  slots[0].{{ member }} = ({{ core }}) *ptr;
}
{%- when PrimitiveKind::Lift { member } %}

static void {{ name }}(const __bindery_slot_t *slots, {{ ctype }} *ptr) {
  *ptr = ({{ ctype }}) slots[0].{{ member }};
}
{%- when PrimitiveKind::LowerString { cast } %}

static void {{ name }}(const {{ ctype }} *ptr, __bindery_slot_t *slots) {
  slots[0].ptr = {{ cast }}ptr->ptr;
  slots[1].len = ptr->len;
}
{%- when PrimitiveKind::LiftString { cast } %}

static void {{ name }}(const __bindery_slot_t *slots, {{ ctype }} *ptr) {
  ptr->ptr = {{ cast }}slots[0].ptr;
  ptr->len = slots[1].len;
}
{%- endmatch %}
