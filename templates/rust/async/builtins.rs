{%- if !builtins.is_empty() %}

    /// The Canonical ABI built-ins this world uses.
    #[doc(hidden)]
    pub mod abi {
{%- for b in builtins %}

        #[cfg(target_arch = "wasm32")]
        #[link(wasm_import_module = "{{ b.module }}")]
        unsafe extern "C" {
            #[link_name = "{{ b.name }}"]
            pub fn {{ b.rust }}({{ b.params }}){{ b.ret }};
        }

        #[cfg(not(target_arch = "wasm32"))]
        pub unsafe fn {{ b.rust }}({{ b.stub_params }}){{ b.ret }} {
            unreachable!()
        }
{%- endfor %}
    }
{%- endif %}
