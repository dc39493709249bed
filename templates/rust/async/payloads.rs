

/// The payload types of this world's {{ plural }} (wit-bindgen's `{{ name }}`).
#[allow(
    dead_code,
    unused_imports,
    unused_unsafe,
    clippy::missing_safety_doc,
    clippy::ptr_arg
)]
pub mod {{ name }} {
    use super::__bindery::{self, Cleanup};
{%- if error_context %}
    use super::wit_bindgen::ErrorContext;
{%- endif %}
    use super::wit_bindgen::{ {{- reader }}, {{ vtable }}, {{ writer -}} };
{%- if let Some(prelude) = prelude %}
    use {{ prelude }};
{%- endif %}

    /// A type that {{ plural }} of this world carry.
    pub trait {{ payload_trait }}: Unpin + Sized + 'static {
        #[doc(hidden)]
        const VTABLE: &'static {{ vtable }}<Self>;
    }
{%- for p in payloads %}

    #[doc(hidden)]
    pub mod vtable{{ p.index }} {
        use super::*;

        #[cfg(target_arch = "wasm32")]
        #[link(wasm_import_module = "{{ p.module }}")]
        unsafe extern "C" {
            #[link_name = "{{ p.new }}"]
            fn import_new() -> u64;
            #[link_name = "{{ p.read }}"]
            fn import_read(end: u32, buffer: *mut u8{{ count }}) -> u32;
            #[link_name = "{{ p.write }}"]
            fn import_write(end: u32, buffer: *const u8{{ count }}) -> u32;
            #[link_name = "{{ p.cancel_read }}"]
            fn import_cancel_read(end: u32) -> u32;
            #[link_name = "{{ p.cancel_write }}"]
            fn import_cancel_write(end: u32) -> u32;
            #[link_name = "{{ p.drop_readable }}"]
            fn import_drop_readable(end: u32);
            #[link_name = "{{ p.drop_writable }}"]
            fn import_drop_writable(end: u32);
        }

        #[cfg(not(target_arch = "wasm32"))]
        unsafe fn import_new() -> u64 {
            unreachable!()
        }

        #[cfg(not(target_arch = "wasm32"))]
        unsafe fn import_read(_: u32, _: *mut u8{{ count_stub }}) -> u32 {
            unreachable!()
        }

        #[cfg(not(target_arch = "wasm32"))]
        unsafe fn import_write(_: u32, _: *const u8{{ count_stub }}) -> u32 {
            unreachable!()
        }

        #[cfg(not(target_arch = "wasm32"))]
        unsafe fn import_cancel_read(_: u32) -> u32 {
            unreachable!()
        }

        #[cfg(not(target_arch = "wasm32"))]
        unsafe fn import_cancel_write(_: u32) -> u32 {
            unreachable!()
        }

        #[cfg(not(target_arch = "wasm32"))]
        unsafe fn import_drop_readable(_: u32) {
            unreachable!()
        }

        #[cfg(not(target_arch = "wasm32"))]
        unsafe fn import_drop_writable(_: u32) {
            unreachable!()
        }

        // The vtable holds local functions: the linker would drop an
        // import whose address is only taken.
        unsafe extern "C" fn new() -> u64 {
            unsafe { import_new() }
        }

        unsafe extern "C" fn read(end: u32, buffer: *mut u8{{ count }}) -> u32 {
            unsafe { import_read(end, buffer{{ count_arg }}) }
        }

        unsafe extern "C" fn write(end: u32, buffer: *const u8{{ count }}) -> u32 {
            unsafe { import_write(end, buffer{{ count_arg }}) }
        }

        unsafe extern "C" fn cancel_read(end: u32) -> u32 {
            unsafe { import_cancel_read(end) }
        }

        unsafe extern "C" fn cancel_write(end: u32) -> u32 {
            unsafe { import_cancel_write(end) }
        }

        unsafe extern "C" fn drop_readable(end: u32) {
            unsafe { import_drop_readable(end) }
        }

        unsafe extern "C" fn drop_writable(end: u32) {
            unsafe { import_drop_writable(end) }
        }
{%- match p.store %}
{%- when Some(store) %}

        unsafe fn lower(value: &{{ p.rust }}, ptr: *mut u8, cx: &mut Cleanup) {
            unsafe { __bindery::{{ store }}(value, ptr, cx) }
        }
{%- when None %}
{%- endmatch %}
{%- match p.load %}
{%- when Some(load) %}

        unsafe fn lift(ptr: *mut u8) -> {{ p.rust }} {
            unsafe { __bindery::{{ load }}(ptr) }
        }
{%- when None %}
{%- if future %}

        unsafe fn lower(_: &(), _: *mut u8, _: &mut Cleanup) {}

        unsafe fn lift(_: *mut u8) {}
{%- endif %}
{%- endmatch %}
{%- match p.disown %}
{%- when Some(store) %}

        /// Takes the handles out of a value the reader received.
        unsafe fn disown(value: &{{ p.rust }}) {
            let mut cx = Cleanup::default();
            let ptr = cx.alloc({{ p.size }}, {{ p.align }});
            unsafe { __bindery::{{ store }}(value, ptr, &mut cx) };
        }
{%- when None %}

        unsafe fn disown(_: &{{ p.rust }}) {}
{%- endmatch %}

        pub static VTABLE: {{ vtable }}<{{ p.rust }}> = {{ vtable }} {
            size: {{ p.size }},
            align: {{ p.align }},
            new,
            read,
            write,
            cancel_read,
            cancel_write,
            drop_readable,
            drop_writable,
{%- if future %}
            lower,
            lift,
{%- elif p.store.is_some() %}
            lower: Some(lower),
            lift: Some(lift),
{%- else %}
            lower: None,
            lift: None,
{%- endif %}
            disown,
        };
    }

    impl {{ payload_trait }} for {{ p.rust }} {
        const VTABLE: &'static {{ vtable }}<Self> = &vtable{{ p.index }}::VTABLE;
    }
{%- endfor %}
{%- if future %}

    /// A new future of `T`: its writer and its reader. `default` makes the
    /// value sent when the writer is dropped without a write.
    pub fn new<T: FuturePayload>(default: fn() -> T) -> (FutureWriter<T>, FutureReader<T>) {
        unsafe { super::wit_bindgen::future_new(default, T::VTABLE) }
    }
{%- else %}

    /// A new stream of `T`: its writer and its reader.
    pub fn new<T: StreamPayload>() -> (StreamWriter<T>, StreamReader<T>) {
        unsafe { super::wit_bindgen::stream_new(T::VTABLE) }
    }
{%- endif %}
}
