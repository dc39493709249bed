{%- let c = self.0 %}

typedef uint32_t {{ c.writer }};

/** A new {{ c.kind }}: returns its readable end, `*writer` gets the writable one. */
{{ c.reader }} {{ c.base }}_new({{ c.writer }} *writer);
{{ c.status }} {{ c.base }}_read({{ c.reader }} reader{{ c.read_params }});
{{ c.status }} {{ c.base }}_write({{ c.writer }} writer{{ c.write_params }});
{{ c.status }} {{ c.base }}_cancel_read({{ c.reader }} reader);
{{ c.status }} {{ c.base }}_cancel_write({{ c.writer }} writer);
void {{ c.base }}_drop_readable({{ c.reader }} reader);
void {{ c.base }}_drop_writable({{ c.writer }} writer);
