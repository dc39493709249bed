{#- wit-bindgen's way for the commonest results: no copy, nothing kept,
    and the post-return learns the buffer's layout from the return area
    (the boxed slice's length is its capacity). #}

    /// Hands a result list's buffer to the host, written at `ptr` as the
    /// Canonical ABI's (pointer, length); the export's post-return frees it
    /// with `take_back::<T>(ptr)`.
    pub unsafe fn hand_over<T>(list: Vec<T>, ptr: *mut u8) {
        let list = core::mem::ManuallyDrop::new(list.into_boxed_slice());
        unsafe {
            ptr.cast::<usize>().write(list.as_ptr() as usize);
            ptr.add(4).cast::<usize>().write(list.len());
        }
    }

    /// Frees the buffer `hand_over::<T>` wrote at `ptr`.
    pub unsafe fn take_back<T>(ptr: *mut u8) {
        unsafe {
            let written = &*ptr.cast::<[usize; 2]>();
            let list = core::ptr::slice_from_raw_parts_mut(written[0] as *mut T, written[1]);
            drop(Box::from_raw(list));
        }
    }
