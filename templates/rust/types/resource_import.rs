

{% for line in docs %}{{ line }}
{% endfor %}#[derive(Debug)]
#[repr(transparent)]
pub struct {{ name }} {
    handle: __bindery::Resource<{{ name }}>,
}

impl {{ name }} {
    #[doc(hidden)]
    pub unsafe fn from_handle(handle: u32) -> Self {
        Self {
            handle: unsafe { __bindery::Resource::from_handle(handle) },
        }
    }

    #[doc(hidden)]
    pub fn take_handle(&self) -> u32 {
        __bindery::Resource::take_handle(&self.handle)
    }

    #[doc(hidden)]
    pub fn handle(&self) -> u32 {
        __bindery::Resource::handle(&self.handle)
    }
}

unsafe impl __bindery::WasmResource for {{ name }} {
    unsafe fn drop(handle: u32) {
        #[cfg(target_arch = "wasm32")]
        {{ drop.link|indent(8) }}
        unsafe extern "C" {
            #[link_name = "{{ drop.name }}"]
            fn __bindery_drop(handle: i32);
        }
        #[cfg(not(target_arch = "wasm32"))]
        unsafe extern "C" fn __bindery_drop(_: i32) {
            unreachable!()
        }
        unsafe { __bindery_drop(handle as i32) };
    }
}
