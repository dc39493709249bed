{%- import "docs.h" as docs -%}
{%- let r = self.0 -%}
{% call docs::block(r.docs, "") %}{% endcall %}typedef struct {{ r.own }} {
  int32_t __handle;
} {{ r.own }};

typedef struct {{ r.borrow }} {
  int32_t __handle;
} {{ r.borrow }};

/** Drops an own handle. */
extern void {{ r.drop_own }}({{ r.own }} handle);

/** Ends a borrow that an exported function received: it must end before that function returns. */
extern void {{ r.drop_borrow }}({{ r.borrow }} handle);

/** Lends an own handle, which stays owned. */
extern {{ r.borrow }} {{ r.borrow_fn }}({{ r.own }} handle);
