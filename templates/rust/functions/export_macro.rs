

#[doc(hidden)]
macro_rules! {{ name }} {
    ($ty:ident with_types_in $($path_to_types:tt)*) => {
        const _: () = {
{%- for w in wrappers %}
            #[unsafe(export_name = "{{ w.export_name }}")]
            unsafe extern "C" fn {{ w.name }}({{ w.params }}){{ w.ret }} {
                unsafe { $($path_to_types)*::{{ w.shim }}{{ w.turbofish }}({{ w.args }}) }
            }
{%- endfor %}
        };
    };
}

#[doc(hidden)]
pub(crate) use {{ name }};
