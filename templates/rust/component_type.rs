

/// The world's component type, for `wit-component` to make a component.
#[cfg(target_arch = "wasm32")]
#[unsafe(link_section = "{{ section }}")]
#[doc(hidden)]
#[used]
pub static __BINDERY_COMPONENT_TYPE: [u8; {{ len }}] = *b"{{ bytes }}";
