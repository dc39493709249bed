{%- let r = self.0 %}

__attribute__((__import_module__("{{ r.new_import.module }}"), __import_name__("{{ r.new_import.field }}")))
extern int32_t {{ r.new_import.name }}(int32_t);

__attribute__((__import_module__("{{ r.rep_import.module }}"), __import_name__("{{ r.rep_import.field }}")))
extern int32_t {{ r.rep_import.name }}(int32_t);

__attribute__((__import_module__("{{ r.drop.module }}"), __import_name__("{{ r.drop.field }}")))
extern void {{ r.drop.name }}(int32_t);

{{ r.own }} {{ r.new }}({{ r.rep }} *rep) {
  return ({{ r.own }}) { {{ r.new_import.name }}((int32_t) (uintptr_t) rep) };
}

{{ r.rep }} *{{ r.rep_fn }}({{ r.own }} handle) {
  return ({{ r.rep }} *) (uintptr_t) {{ r.rep_import.name }}(handle.__handle);
}

void {{ r.drop_own }}({{ r.own }} handle) {
  {{ r.drop.name }}(handle.__handle);
}
{%- if let Some(dtor) = r.dtor %}

__attribute__((__export_name__("{{ dtor.name }}")))
void {{ dtor.function }}(int32_t rep) {
  {{ r.destructor }}(({{ r.rep }} *) (uintptr_t) rep);
}
{%- endif %}
