

    static KEPT: Slot<Option<Box<dyn core::any::Any>>> = Slot(core::cell::UnsafeCell::new(None));

    /// Keeps an export's result (and its buffers) alive for the host to read.
    pub unsafe fn keep<T: 'static>(value: T, cx: Cleanup) {
        unsafe { *KEPT.0.get() = Some(Box::new((value, cx))) };
    }

    /// The post-return of every export: frees what `keep` kept.
    pub unsafe fn post_return() {
        unsafe { *KEPT.0.get() = None };
    }