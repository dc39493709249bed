{%- for line in docs %}
  {{ line }}
{%- endfor %}
  export class {{ name }}{% if disposable %} implements Disposable{% endif %} {
{%- match constructor %}
{%- when Some(ctor) %}
{%- for line in ctor.docs %}
    {{ line }}
{%- endfor %}
    constructor({{ ctor.params }});
{%- when None %}
    /** The resource has no constructor: its values come from functions. */
    private constructor();
{%- endmatch %}
{%- for member in members %}
{%- for line in member.docs %}
    {{ line }}
{%- endfor %}
    {{ member.prefix }}{{ member.name }}({{ member.params }}): {{ member.ret }};
{%- endfor %}
{%- if disposable %}
    /** Drops the handle (the host resource is dropped when no handle is left). */
    [Symbol.dispose](): void;
{%- endif %}
  }