{%- let r = self.0 %}

__attribute__((__import_module__("{{ r.drop.module }}"), __import_name__("{{ r.drop.field }}")))
extern void {{ r.drop.name }}(int32_t);

void {{ r.drop_own }}({{ r.own }} handle) {
  {{ r.drop.name }}(handle.__handle);
}

void {{ r.drop_borrow }}({{ r.borrow }} handle) {
  {{ r.drop.name }}(handle.__handle);
}

{{ r.borrow }} {{ r.borrow_fn }}({{ r.own }} handle) {
  return ({{ r.borrow }}) { handle.__handle };
}
