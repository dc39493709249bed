

    /// The Component Model's `error-context`: a debug message that travels
    /// with an error. Passing one on copies it: each side drops its own.
    #[derive(PartialEq, Eq)]
    pub struct ErrorContext {
        handle: u32,
    }

    impl ErrorContext {
        /// `error-context.new` with this message.
        pub fn new(debug_message: &str) -> ErrorContext {
            let (ptr, len) = (debug_message.as_ptr(), debug_message.len());
            let handle = unsafe { abi::error_context_new(ptr, len) };
            ErrorContext { handle }
        }

        #[doc(hidden)]
        pub unsafe fn from_handle(handle: u32) -> Self {
            ErrorContext { handle }
        }

        #[doc(hidden)]
        pub fn handle(&self) -> u32 {
            self.handle
        }

        /// `error-context.debug-message`: the message, as this component
        /// may see it.
        pub fn debug_message(&self) -> String {
            let mut ret = [0usize; 2];
            unsafe {
                abi::error_context_debug_message(self.handle, ret.as_mut_ptr().cast());
                if ret[1] == 0 {
                    return String::new();
                }
                String::from_raw_parts(ret[0] as *mut u8, ret[1], ret[1])
            }
        }
    }

    impl {{ std.core }}::fmt::Debug for ErrorContext {
        fn fmt(&self, f: &mut {{ std.core }}::fmt::Formatter<'_>) -> {{ std.core }}::fmt::Result {
            f.debug_struct("ErrorContext")
                .field("debug_message", &self.debug_message())
                .finish()
        }
    }

    impl {{ std.core }}::fmt::Display for ErrorContext {
        fn fmt(&self, f: &mut {{ std.core }}::fmt::Formatter<'_>) -> {{ std.core }}::fmt::Result {
            f.write_str(&self.debug_message())
        }
    }

    impl {{ std.core }}::error::Error for ErrorContext {}

    impl Drop for ErrorContext {
        fn drop(&mut self) {
            unsafe { abi::error_context_drop(self.handle) }
        }
    }
