

/// Exports the world from type `$ty`, which implements every `Guest` trait:
/// `export!(MyType)` here, or `bindings::export!(MyType with_types_in bindings)`
/// from elsewhere.
#[doc(hidden)]
macro_rules! {{ name }} {
    ($ty:ident) => {
        self::export!($ty with_types_in self);
    };
    ($ty:ident with_types_in $($path_to_types_root:tt)*) => {
{%- for call in calls %}
        $($path_to_types_root)*::{{ call.path }}!($ty with_types_in $($path_to_types_root)*{{ call.module }});
{%- endfor %}
    };
}

#[doc(inline)]
#[allow(unused_imports)]
pub(crate) use {{ name }} as export;
