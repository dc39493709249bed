

    const SUBTASK_RETURNED: u32 = 2;

    /// A call of an async import, from its `[async-lower]` status word
    /// (`state | subtask << 4`) until the callee has returned. Dropped
    /// before that, it cancels the call (`subtask.cancel`).
    #[doc(hidden)]
    pub struct ImportCall {
        state: u32,
        subtask: u32,
        wait: Option<Wait>,
        /// The result area and how to free a result that arrives during a
        /// cancellation.
        ret: *mut u8,
        drop_result: Option<unsafe fn(*mut u8)>,
    }

    impl ImportCall {
        /// # Safety
        /// `ret` must be the call's result area, valid until this is done.
        pub unsafe fn new(
            status: i32,
            ret: *mut u8,
            drop_result: Option<unsafe fn(*mut u8)>,
        ) -> Self {
            let status = status as u32;
            ImportCall {
                state: status & 0xf,
                subtask: status >> 4,
                wait: None,
                ret,
                drop_result,
            }
        }
    }

    impl Future for ImportCall {
        type Output = ();

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            let this = self.get_mut();
            loop {
                if this.state == SUBTASK_RETURNED {
                    if this.subtask != 0 {
                        unsafe { abi::subtask_drop(this.subtask) };
                        this.subtask = 0;
                    }
                    return Poll::Ready(());
                }
                let wait = this.wait.get_or_insert_with(|| Wait::new(this.subtask));
                match wait.poll(cx) {
                    Poll::Ready(state) => {
                        this.wait = None;
                        this.state = state;
                    }
                    Poll::Pending => return Poll::Pending,
                }
            }
        }
    }

    impl Drop for ImportCall {
        fn drop(&mut self) {
            if self.subtask == 0 {
                return;
            }
            let arrived = self.wait.take().and_then(Wait::stop);
            let state = match arrived {
                Some(state) if state == SUBTASK_RETURNED => state,
                _ => unsafe { abi::subtask_cancel(self.subtask) & 0xf },
            };
            if state == SUBTASK_RETURNED
                && let Some(drop_result) = self.drop_result
            {
                unsafe { drop_result(self.ret) };
            }
            unsafe { abi::subtask_drop(self.subtask) };
        }
    }
