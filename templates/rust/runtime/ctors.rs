

    /// Runs static constructors before the first export (wasi-libc's
    /// environment setup calls imports from them).
    pub unsafe fn run_ctors_once() {
        static RUN: core::sync::atomic::AtomicBool = core::sync::atomic::AtomicBool::new(false);
        if !RUN.load(core::sync::atomic::Ordering::Relaxed) {
            RUN.store(true, core::sync::atomic::Ordering::Relaxed);
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