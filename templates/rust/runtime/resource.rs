

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