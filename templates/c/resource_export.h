{%- import "docs.h" as docs -%}
{%- let r = self.0 -%}
{% call docs::block(r.docs, "") %}{% endcall %}typedef struct {{ r.rep }} {{ r.rep }};

typedef struct {{ r.own }} {
  int32_t __handle;
} {{ r.own }};

/** A borrow of a resource this guest implements is a pointer to its state. */
typedef {{ r.rep }} *{{ r.borrow }};

/** Makes a resource whose state is `rep`, and returns the handle that owns it. */
extern {{ r.own }} {{ r.new }}({{ r.rep }} *rep);

/** The state behind an own handle. */
extern {{ r.rep }} *{{ r.rep_fn }}({{ r.own }} handle);

/** Drops an own handle; dropping the last one runs the destructor. */
extern void {{ r.drop_own }}({{ r.own }} handle);

/** Defined by the guest (as is `struct {{ r.rep }}`): frees the state of a dropped resource. */
void {{ r.destructor }}({{ r.rep }} *rep);
