

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
        // The Canonical ABI asks only for alignments 1, 2, 4 and 8 and for
        // sizes of a 32-bit memory, as wit-bindgen's allocator assumes:
        // `Layout`'s checks would cost every list the host passes in (debug
        // builds still make them), and a size no memory holds fails below.
        let layout = unsafe { {{ std.core }}::alloc::Layout::from_size_align_unchecked(new_len, align) };
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