

    /// Buffers made for one call, freed when the call no longer needs them.
    #[derive(Default)]
    pub struct Cleanup {
        blocks: Vec<(*mut u8, {{ std.core }}::alloc::Layout)>,
    }

    impl Cleanup {
        pub fn alloc(&mut self, size: usize, align: usize) -> *mut u8 {
            if size == 0 {
                return {{ std.core }}::ptr::without_provenance_mut(align);
            }
            let layout = {{ std.core }}::alloc::Layout::from_size_align(size, align).unwrap();
            let ptr = unsafe { {{ std.alloc }}::alloc::alloc(layout) };
            if ptr.is_null() {
                {{ std.alloc }}::alloc::handle_alloc_error(layout);
            }
            self.blocks.push((ptr, layout));
            ptr
        }
    }

    impl Drop for Cleanup {
        fn drop(&mut self) {
            for (ptr, layout) in self.blocks.drain(..) {
                unsafe { {{ std.alloc }}::alloc::dealloc(ptr, layout) };
            }
        }
    }