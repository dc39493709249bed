

/// Runtime support and converters of these bindings. Flat values travel as
/// `u64` slots (i32 zero-extended, floats as their bits), so the Canonical
/// ABI's variant joins are the identity; only calls convert slots to the
/// declared core types.
{%- if std.prelude.is_some() %}
#[allow(
    dead_code,
    unused_imports,
    unused_variables,
    unused_unsafe,
    clippy::missing_safety_doc,
    clippy::result_large_err
)]
{%- else %}
#[allow(
    dead_code,
    unused_variables,
    unused_unsafe,
    clippy::missing_safety_doc,
    clippy::result_large_err
)]
{%- endif %}
{%- if rt.map %}
pub(crate) mod __bindery {
    /// The type of WIT `map<K, V>` values, for guest code that names it
    /// (`bindings::__bindery::Map`) instead of spelling `BTreeMap`.
    pub type Map<K, V> = {{ std.alloc }}::collections::BTreeMap<K, V>;
{%- else %}
mod __bindery {
{%- endif %}
{%- if let Some(prelude) = std.prelude %}

    use {{ prelude }};
{%- endif %}
{%- if rt.cleanup %}
{%- include "runtime/cleanup.rs" %}
{%- endif %}
{%- if rt.free %}
{%- include "runtime/free.rs" %}
{%- endif %}
{%- if rt.slot %}
{%- include "runtime/slot.rs" %}
{%- endif %}
{%- if rt.ret_area_words > 0 %}
{%- include "runtime/ret_area.rs" %}
{%- endif %}
{%- if rt.keep %}
{%- include "runtime/keep.rs" %}
{%- endif %}
{%- if rt.hand_over %}
{%- include "runtime/hand_over.rs" %}
{%- endif %}
{%- if rt.lend %}
{%- include "runtime/lend.rs" %}
{%- endif %}
{%- if rt.resource %}
{%- include "runtime/resource.rs" %}
{%- endif %}
{%- if rt.ctors %}
{%- include "runtime/ctors.rs" %}
{%- endif %}
{%- if rt.realloc %}
{%- include "runtime/realloc.rs" %}
{%- endif %}
{%- if rt.invalid %}
{%- include "runtime/invalid.rs" %}
{%- endif %}
{%- if rt.char_lift %}
{%- include "runtime/char_lift.rs" %}
{%- endif %}
{%- if rt.error_context %}

    // Unused where `error-context` is only declared, never passed.
    #[allow(unused_imports)]
    use super::wit_bindgen::ErrorContext;
{%- endif %}
{%- if rt.async_imports %}

    pub use super::wit_bindgen::ImportCall;
{%- endif %}
{%- if rt.async_exports %}

    pub use super::wit_bindgen::{TaskCancelOnDrop, callback, start_task};
{%- endif %}
{%- for core in cores %}{{ core|indent(4, true) }}{%- endfor %}
{%- for helper in primitives %}{{ helper|indent(4, true) }}{%- endfor %}
{%- for alias in aliases %}
{%- if loop.first %}
{% endif %}
    pub type {{ alias.name }} ={{ alias.rhs|indent(4) }};
{%- endfor %}
{%- for codec in codecs %}{{ codec|indent(4, true) }}{%- endfor %}
}
