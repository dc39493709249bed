

    /// Frees a block the host allocated with `cabi_realloc`.
    pub unsafe fn free(ptr: *mut u8, size: usize, align: usize) {
        if size != 0 {
            unsafe {
                let layout = {{ std.core }}::alloc::Layout::from_size_align_unchecked(size, align);
                {{ std.alloc }}::alloc::dealloc(ptr, layout);
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