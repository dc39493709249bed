

    /// The allocator the host uses to pass lists and strings in.
    #[unsafe(no_mangle)]
    pub unsafe extern "C" fn cabi_realloc(
        old_ptr: *mut u8,
        old_len: usize,
        align: usize,
        new_len: usize,
    ) -> *mut u8 {
        if new_len == 0 {
            return {{ std.core }}::ptr::without_provenance_mut(align);
        }
        let layout = {{ std.core }}::alloc::Layout::from_size_align(new_len, align).unwrap();
        let ptr = unsafe {
            if old_len == 0 {
                {{ std.alloc }}::alloc::alloc(layout)
            } else {
                let old = {{ std.core }}::alloc::Layout::from_size_align_unchecked(old_len, align);
                {{ std.alloc }}::alloc::realloc(old_ptr, old, new_len)
            }
        };
        if ptr.is_null() {
            {{ std.alloc }}::alloc::handle_alloc_error(layout);
        }
        ptr
    }