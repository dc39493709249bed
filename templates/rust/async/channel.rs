

    const COPY_COMPLETED: u32 = 0;
    const COPY_DROPPED: u32 = 1;

    /// Set while a value is lowered into a future or stream buffer: its own
    /// handles are then written without being taken, since the value keeps
    /// them until the other end has received it.
    static LENDING: Global<Cell<bool>> = Global(Cell::new(false));

    #[doc(hidden)]
    pub fn lending() -> bool {
        LENDING.0.get()
    }

    #[doc(hidden)]
    pub unsafe fn lend_into<T>(
        store: unsafe fn(&T, *mut u8, &mut Cleanup),
        value: &T,
        ptr: *mut u8,
        cx: &mut Cleanup,
    ) {
        LENDING.0.set(true);
        unsafe { store(value, ptr, cx) };
        LENDING.0.set(false);
    }

    /// One read or write on a future or stream end: started by the
    /// intrinsic, finished by its event or by a cancel.
    struct Transfer {
        started: bool,
        wait: Option<Wait>,
    }

    impl Transfer {
        fn new() -> Transfer {
            Transfer {
                started: false,
                wait: None,
            }
        }

        /// Starts the operation (`start` calls the intrinsic) or waits for
        /// it; ready with its result code.
        fn poll(
            &mut self,
            end: u32,
            cx: &mut Context<'_>,
            start: impl FnOnce() -> u32,
        ) -> Poll<u32> {
            if !self.started {
                self.started = true;
                let code = start();
                if code != BLOCKED {
                    return Poll::Ready(code);
                }
                self.wait = Some(Wait::new(end));
            }
            let wait = self.wait.as_ref().expect("polled after it finished");
            let code = {{ std.core }}::task::ready!(wait.poll(cx));
            self.wait = None;
            Poll::Ready(code)
        }

        /// Whether it was started and has not finished.
        fn in_progress(&self) -> bool {
            self.wait.is_some()
        }

        /// Cancels it (`cancel` calls the intrinsic) unless its event came;
        /// the final result code.
        fn cancel(&mut self, cancel: impl FnOnce() -> u32) -> u32 {
            let wait = self.wait.take().expect("nothing to cancel");
            match wait.stop() {
                Some(code) => code,
                None => cancel(),
            }
        }
    }
