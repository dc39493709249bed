
  /**
   * What the guest's ES module must export for world `{{ world }}`: an object
   * per exported interface (its functions, and a class per resource), and
   * the world's own functions. Check a guest module against it with
   * `type _ = {{ check }}<typeof import('./guest.js')>;`.
   */
  export interface {{ guest }} {
{%- for export in exports %}
    /** Implements `{{ export.key }}`. */
    {{ export.name }}: {
{%- for function in export.functions %}
{%- for line in function.docs %}
      {{ line }}
{%- endfor %}
      {{ function.name }}({{ function.params }}): {{ function.ret }};
{%- endfor %}
{%- for class in export.classes %}
      {{ class.name }}{% if class.optional %}?{% endif %}: {
        new ({{ class.constructor_params }}): {{ class.instance }};
{%- for function in class.statics %}
{%- for line in function.docs %}
        {{ line }}
{%- endfor %}
        {{ function.name }}({{ function.params }}): {{ function.ret }};
{%- endfor %}
      };
{%- endfor %}
    };
{%- endfor %}
{%- for function in functions %}
{%- for line in function.docs %}
    {{ line }}
{%- endfor %}
    {{ function.name }}({{ function.params }}): {{ function.ret }};
{%- endfor %}
  }

  /** Type-checks only when the module type `M` implements `{{ guest }}`. */
  export type {{ check }}<M extends {{ guest }}> = M;