{%- let c = self.0 %}

__attribute__((__import_module__("{{ c.module }}"), __import_name__("{{ c.new }}")))
extern uint64_t __bindery_{{ c.base }}_new(void);
__attribute__((__import_module__("{{ c.module }}"), __import_name__("{{ c.read }}")))
extern uint32_t __bindery_{{ c.base }}_read(uint32_t, uint8_t *{{ c.core_count }});
__attribute__((__import_module__("{{ c.module }}"), __import_name__("{{ c.write }}")))
extern uint32_t __bindery_{{ c.base }}_write(uint32_t, const uint8_t *{{ c.core_count }});
__attribute__((__import_module__("{{ c.module }}"), __import_name__("{{ c.cancel_read }}")))
extern uint32_t __bindery_{{ c.base }}_cancel_read(uint32_t);
__attribute__((__import_module__("{{ c.module }}"), __import_name__("{{ c.cancel_write }}")))
extern uint32_t __bindery_{{ c.base }}_cancel_write(uint32_t);
__attribute__((__import_module__("{{ c.module }}"), __import_name__("{{ c.drop_readable }}")))
extern void __bindery_{{ c.base }}_drop_readable(uint32_t);
__attribute__((__import_module__("{{ c.module }}"), __import_name__("{{ c.drop_writable }}")))
extern void __bindery_{{ c.base }}_drop_writable(uint32_t);

{{ c.reader }} {{ c.base }}_new({{ c.writer }} *writer) {
  uint64_t ends = __bindery_{{ c.base }}_new();
  *writer = ({{ c.writer }}) (ends >> 32);
  return ({{ c.reader }}) ends;
}

{{ c.status }} {{ c.base }}_read({{ c.reader }} reader{{ c.read_params }}) {
  return __bindery_{{ c.base }}_read(reader, {{ c.read_args }});
}

{{ c.status }} {{ c.base }}_write({{ c.writer }} writer{{ c.write_params }}) {
  return __bindery_{{ c.base }}_write(writer, {{ c.write_args }});
}

{{ c.status }} {{ c.base }}_cancel_read({{ c.reader }} reader) {
  return __bindery_{{ c.base }}_cancel_read(reader);
}

{{ c.status }} {{ c.base }}_cancel_write({{ c.writer }} writer) {
  return __bindery_{{ c.base }}_cancel_write(writer);
}

void {{ c.base }}_drop_readable({{ c.reader }} reader) {
  __bindery_{{ c.base }}_drop_readable(reader);
}

void {{ c.base }}_drop_writable({{ c.writer }} writer) {
  __bindery_{{ c.base }}_drop_writable(writer);
}
