

#[doc(hidden)]
macro_rules! {{ name }} {
    ($ty:ident with_types_in $($path_to_types:tt)*) => {
{%- if wrappers.is_empty() %}
        const _: () = {};
{%- else %}
        // `__` in the wrappers' names keeps them apart (templates/rust/README.md).
        #[allow(non_snake_case)]
        const _: () = {
{%- for w in wrappers %}
            #[unsafe(export_name = "{{ w.export_name }}")]
            unsafe extern "C" fn {{ w.name }}({{ w.params }}){{ w.ret }} {
                unsafe { $($path_to_types)*::{{ w.shim }}{{ w.turbofish }}({{ w.args }}) }
            }
{%- endfor %}
        };
{%- endif %}
    };
}

#[doc(hidden)]
pub(crate) use {{ name }};
