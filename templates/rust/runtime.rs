

/// Runtime support and converters of these bindings. Flat values travel as
/// `u64` slots (i32 zero-extended, floats as their bits), so the Canonical
/// ABI's variant joins are the identity; only calls convert slots to the
/// declared core types.
#[allow(dead_code, unused_variables, unused_unsafe, clippy::missing_safety_doc)]
mod __bindery {
{%- if rt.cleanup %}

    /// Buffers made for one call, freed when the call no longer needs them.
    #[derive(Default)]
    pub struct Cleanup {
        blocks: Vec<(*mut u8, std::alloc::Layout)>,
    }

    impl Cleanup {
        pub fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
            if size == 0 {
                return std::ptr::without_provenance_mut(align);
            }
            let layout = std::alloc::Layout::from_size_align(size, align).unwrap();
            let ptr = unsafe { std::alloc::alloc(layout) };
            if ptr.is_null() {
                std::alloc::handle_alloc_error(layout);
            }
            self.blocks.push((ptr, layout));
            ptr
        }
    }

    impl Drop for Cleanup {
        fn drop(&mut self) {
            for (ptr, layout) in self.blocks.drain(..) {
                unsafe { std::alloc::dealloc(ptr, layout) };
            }
        }
    }
{%- endif %}
{%- if rt.free %}

    /// Frees a block the host allocated with `cabi_realloc`.
    pub unsafe fn free(ptr: *mut u8, size: usize, align: usize) {
        if size != 0 {
            unsafe {
                let layout = std::alloc::Layout::from_size_align_unchecked(size, align);
                std::alloc::dealloc(ptr, layout);
            }
        }
    }

    /// Takes over a host-allocated array as a `Vec` without copying.
    pub unsafe fn adopt<T>(ptr: *mut T, len: usize) -> Vec<T> {
        if len == 0 {
            Vec::new()
        } else {
            unsafe { Vec::from_raw_parts(ptr, len, len) }
        }
    }
{%- endif %}
{%- if rt.slot %}

    /// A static the single-threaded guest mutates (sync calls never
    /// re-enter).
    pub struct Slot<T>(pub core::cell::UnsafeCell<T>);

    unsafe impl<T> Sync for Slot<T> {}
{%- endif %}
{%- if rt.ret_area_words > 0 %}

    #[repr(align(8))]
    pub struct RetArea([u64; {{ rt.ret_area_words }}]);

    static RET_AREA: Slot<RetArea> = Slot(core::cell::UnsafeCell::new(RetArea([0; {{ rt.ret_area_words }}])));

    /// Where an export writes a result the host reads after it returns.
    pub fn ret_area() -> *mut u8 {
        RET_AREA.0.get().cast()
    }
{%- endif %}
{%- if rt.keep %}

    static KEPT: Slot<Option<Box<dyn core::any::Any>>> = Slot(core::cell::UnsafeCell::new(None));

    /// Keeps an export's result (and its buffers) alive for the host to read.
    pub unsafe fn keep<T: 'static>(value: T, cx: Cleanup) {
        unsafe { *KEPT.0.get() = Some(Box::new((value, cx))) };
    }

    /// The post-return of every export: frees what `keep` kept.
    pub unsafe fn post_return() {
        unsafe { *KEPT.0.get() = None };
    }
{%- endif %}
{%- if rt.lend %}

    static LENT: Slot<Vec<Box<dyn core::any::Any>>> = Slot(core::cell::UnsafeCell::new(Vec::new()));

    /// Holds a borrowed handle for the length of an export call.
    pub unsafe fn lend<T: 'static>(value: T) -> &'static T {
        let boxed = Box::new(value);
        let ptr: *const T = &*boxed;
        unsafe {
            (*LENT.0.get()).push(boxed);
            &*ptr
        }
    }

    /// Drops the borrowed handles of the export call that just returned.
    pub unsafe fn drop_lent() {
        unsafe { (*LENT.0.get()).clear() };
    }
{%- endif %}
{%- if rt.resource %}

    /// A resource type's `[resource-drop]`.
    pub unsafe trait WasmResource {
        unsafe fn drop(handle: u32);
    }

    /// An owned handle; `u32::MAX` once it has been moved out.
    pub struct Resource<T: WasmResource> {
        handle: core::sync::atomic::AtomicU32,
        _marker: core::marker::PhantomData<T>,
    }

    impl<T: WasmResource> Resource<T> {
        pub unsafe fn from_handle(handle: u32) -> Self {
            Resource {
                handle: core::sync::atomic::AtomicU32::new(handle),
                _marker: core::marker::PhantomData,
            }
        }

        pub fn take_handle(resource: &Resource<T>) -> u32 {
            let relaxed = core::sync::atomic::Ordering::Relaxed;
            resource.handle.swap(u32::MAX, relaxed)
        }

        pub fn handle(resource: &Resource<T>) -> u32 {
            resource.handle.load(core::sync::atomic::Ordering::Relaxed)
        }
    }

    impl<T: WasmResource> core::fmt::Debug for Resource<T> {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.debug_struct("Resource")
                .field("handle", &self.handle)
                .finish()
        }
    }

    impl<T: WasmResource> Drop for Resource<T> {
        fn drop(&mut self) {
            let handle = Resource::take_handle(self);
            if handle != u32::MAX {
                unsafe { T::drop(handle) };
            }
        }
    }
{%- endif %}
{%- if rt.ctors %}

    /// Runs static constructors before the first export (wasi-libc's
    /// environment setup calls imports from them).
    pub unsafe fn run_ctors_once() {
        static RUN: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);
        if !RUN.swap(true, core::sync::atomic::Ordering::Relaxed) {
            #[cfg(target_arch = "wasm32")]
            unsafe extern "C" {
                fn __wasm_call_ctors();
            }
            #[cfg(target_arch = "wasm32")]
            unsafe {
                __wasm_call_ctors()
            };
        }
    }
{%- endif %}
{%- if rt.realloc %}

    /// The allocator the host uses to pass lists and strings in.
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn cabi_realloc(
        old_ptr: *mut u8,
        old_len: usize,
        align: usize,
        new_len: usize,
    ) -> *mut u8 {
        if new_len == 0 {
            return std::ptr::without_provenance_mut(align);
        }
        let layout = std::alloc::Layout::from_size_align(new_len, align).unwrap();
        let ptr = unsafe {
            if old_len == 0 {
                std::alloc::alloc(layout)
            } else {
                let old = std::alloc::Layout::from_size_align_unchecked(old_len, align);
                std::alloc::realloc(old_ptr, old, new_len)
            }
        };
        if ptr.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        ptr
    }
{%- endif %}
{%- if rt.invalid %}

    /// A discriminant out of range: the Canonical ABI traps.
    pub fn invalid_discriminant() -> ! {
        panic!("invalid discriminant")
    }
{%- endif %}
{%- if rt.char_lift %}

    pub fn char_lift(value: u32) -> char {
        char::from_u32(value).expect("invalid char")
    }
{%- endif %}
{%- for core in cores %}{{ core|indent(4, true) }}{%- endfor %}
{%- for helper in primitives %}{{ helper|indent(4, true) }}{%- endfor %}
{%- for alias in aliases %}
{%- if loop.first %}
{% endif %}
    pub type {{ alias.name }} ={{ alias.eq|indent(4) }}{{ alias.target }};
{%- endfor %}
{%- for codec in codecs %}{{ codec|indent(4, true) }}{%- endfor %}
}
