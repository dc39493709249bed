

    /// How one payload type moves through futures (one per type, in
    /// `wit_future`).
    #[doc(hidden)]
    pub struct FutureVtable<T> {
        pub size: usize,
        pub align: usize,
        pub new: unsafe extern "C" fn() -> u64,
        pub read: unsafe extern "C" fn(u32, *mut u8) -> u32,
        pub write: unsafe extern "C" fn(u32, *const u8) -> u32,
        pub cancel_read: unsafe extern "C" fn(u32) -> u32,
        pub cancel_write: unsafe extern "C" fn(u32) -> u32,
        pub drop_readable: unsafe extern "C" fn(u32),
        pub drop_writable: unsafe extern "C" fn(u32),
        /// Writes a value to memory; it keeps its handles.
        pub lower: unsafe fn(&T, *mut u8, &mut Cleanup),
        /// Reads a value from memory, taking its allocations and handles.
        pub lift: unsafe fn(*mut u8) -> T,
        /// Gives up the handles of a value the other end received.
        pub disown: unsafe fn(&T),
    }

    /// A new future: the writer and the reader (`wit_future::new`).
    #[doc(hidden)]
    pub unsafe fn future_new<T>(
        default: fn() -> T,
        vtable: &'static FutureVtable<T>,
    ) -> (FutureWriter<T>, FutureReader<T>) {
        let ends = unsafe { (vtable.new)() };
        let writer = FutureWriter {
            end: (ends >> 32) as u32,
            vtable,
            default: Some(default),
        };
        (writer, unsafe { FutureReader::new(ends as u32, vtable) })
    }

    /// The readable end of a `future<T>`: `.await` it for the value.
    pub struct FutureReader<T: 'static> {
        end: {{ std.core }}::sync::atomic::AtomicU32,
        vtable: &'static FutureVtable<T>,
    }

    impl<T> FutureReader<T> {
        #[doc(hidden)]
        pub unsafe fn new(end: u32, vtable: &'static FutureVtable<T>) -> Self {
            FutureReader {
                end: {{ std.core }}::sync::atomic::AtomicU32::new(end),
                vtable,
            }
        }

        #[doc(hidden)]
        pub fn take_handle(&self) -> u32 {
            self.end.swap(u32::MAX, Ordering::Relaxed)
        }

        /// The end's handle in the component's table.
        pub fn handle(&self) -> u32 {
            self.end.load(Ordering::Relaxed)
        }
    }

    impl<T: super::wit_future::FuturePayload> FutureReader<T> {
        #[doc(hidden)]
        pub unsafe fn from_handle(end: u32) -> Self {
            unsafe { FutureReader::new(end, T::VTABLE) }
        }
    }

    impl<T> {{ std.core }}::fmt::Debug for FutureReader<T> {
        fn fmt(&self, f: &mut {{ std.core }}::fmt::Formatter<'_>) -> {{ std.core }}::fmt::Result {
            f.debug_struct("FutureReader")
                .field("handle", &self.handle())
                .finish()
        }
    }

    impl<T> Drop for FutureReader<T> {
        fn drop(&mut self) {
            let end = self.take_handle();
            if end != u32::MAX {
                unsafe { (self.vtable.drop_readable)(end) };
            }
        }
    }

    impl<T> IntoFuture for FutureReader<T> {
        type Output = T;
        type IntoFuture = FutureRead<T>;

        fn into_future(self) -> FutureRead<T> {
            FutureRead {
                reader: Some(self),
                buffer: Cleanup::default(),
                ptr: {{ std.core }}::ptr::null_mut(),
                transfer: Transfer::new(),
            }
        }
    }

    /// A read of a future in progress; [`FutureRead::cancel`] stops it.
    pub struct FutureRead<T: 'static> {
        reader: Option<FutureReader<T>>,
        buffer: Cleanup,
        ptr: *mut u8,
        transfer: Transfer,
    }

    impl<T> FutureRead<T> {
        fn finish(&mut self, code: u32) -> Result<T, FutureReader<T>> {
            let reader = self.reader.take().expect("finished twice");
            match code & 0xf {
                COPY_COMPLETED => Ok(unsafe { (reader.vtable.lift)(self.ptr) }),
                COPY_DROPPED => panic!("the writer of a future was dropped without writing"),
                _ => Err(reader),
            }
        }

        /// Stops the read: `Ok` with the value if it came meanwhile, else
        /// the reader back, to read again later.
        pub fn cancel(self: Pin<&mut Self>) -> Result<T, FutureReader<T>> {
            let this = unsafe { self.get_unchecked_mut() };
            if !this.transfer.in_progress() {
                return Err(this.reader.take().expect("cancelled after finishing"));
            }
            let end = this.reader.as_ref().map_or(u32::MAX, FutureReader::handle);
            let cancel_read = this.reader.as_ref().map(|r| r.vtable.cancel_read);
            let code = this.transfer.cancel(|| match cancel_read {
                Some(cancel_read) => unsafe { cancel_read(end) },
                None => unreachable!(),
            });
            this.finish(code)
        }
    }

    impl<T> Future for FutureRead<T> {
        type Output = T;

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
            let this = unsafe { self.get_unchecked_mut() };
            let reader = this.reader.as_ref().expect("polled after finishing");
            let (end, vtable) = (reader.handle(), reader.vtable);
            let (buffer, ptr) = (&mut this.buffer, &mut this.ptr);
            let code = {{ std.core }}::task::ready!(this.transfer.poll(end, cx, || {
                *ptr = buffer.alloc(vtable.size, vtable.align);
                unsafe { (vtable.read)(end, *ptr) }
            }));
            match this.finish(code) {
                Ok(value) => Poll::Ready(value),
                Err(_) => unreachable!("a future read without cancel is never cancelled"),
            }
        }
    }

    impl<T> Drop for FutureRead<T> {
        fn drop(&mut self) {
            if self.transfer.in_progress() {
                let _ = unsafe { Pin::new_unchecked(self) }.cancel();
            }
        }
    }

    /// The writable end of a `future<T>`. Dropped without a write, it sends
    /// the default value given to `wit_future::new` (the Component Model
    /// traps on a future dropped unwritten).
    pub struct FutureWriter<T: 'static> {
        end: u32,
        vtable: &'static FutureVtable<T>,
        default: Option<fn() -> T>,
    }

    impl<T> FutureWriter<T> {
        /// Sends `value`; done once the reader has it (or has gone).
        pub fn write(self, value: T) -> FutureWrite<T> {
            FutureWrite {
                writer: Some(self),
                value: Some(value),
                buffer: Cleanup::default(),
                transfer: Transfer::new(),
            }
        }

        /// The end's handle in the component's table.
        pub fn handle(&self) -> u32 {
            self.end
        }
    }

    impl<T> {{ std.core }}::fmt::Debug for FutureWriter<T> {
        fn fmt(&self, f: &mut {{ std.core }}::fmt::Formatter<'_>) -> {{ std.core }}::fmt::Result {
            f.debug_struct("FutureWriter")
                .field("handle", &self.end)
                .finish()
        }
    }

    impl<T> Drop for FutureWriter<T> {
        fn drop(&mut self) {
            let Some(default) = self.default.take() else {
                unsafe { (self.vtable.drop_writable)(self.end) };
                return;
            };
            let writer = FutureWriter {
                end: self.end,
                vtable: self.vtable,
                default: None,
            };
            let value = default();
            if !CURRENT.0.get().is_null() {
                // Written in the background: the task lives on until the
                // reader has the value.
                spawn_local(async move {
                    let _ = writer.write(value).await;
                });
                return;
            }
            let mut buffer = Cleanup::default();
            let ptr = buffer.alloc(self.vtable.size, self.vtable.align);
            unsafe { lend_into(self.vtable.lower, &value, ptr, &mut buffer) };
            let code = unsafe { (self.vtable.write)(self.end, ptr) };
            if code == BLOCKED {
                panic!(
                    "a FutureWriter was dropped unwritten outside an async task while its reader was not reading: write a value before dropping it"
                );
            }
            if code & 0xf == COPY_COMPLETED {
                unsafe { (self.vtable.disown)(&value) };
            }
            drop(writer);
        }
    }

    /// A write to a future in progress; [`FutureWrite::cancel`] stops it.
    pub struct FutureWrite<T: 'static> {
        writer: Option<FutureWriter<T>>,
        value: Option<T>,
        buffer: Cleanup,
        transfer: Transfer,
    }

    /// The value of a write whose reader was dropped first.
    pub struct FutureWriteError<T> {
        pub value: T,
    }

    impl<T> {{ std.core }}::fmt::Debug for FutureWriteError<T> {
        fn fmt(&self, f: &mut {{ std.core }}::fmt::Formatter<'_>) -> {{ std.core }}::fmt::Result {
            f.debug_struct("FutureWriteError").finish_non_exhaustive()
        }
    }

    impl<T> {{ std.core }}::fmt::Display for FutureWriteError<T> {
        fn fmt(&self, f: &mut {{ std.core }}::fmt::Formatter<'_>) -> {{ std.core }}::fmt::Result {
            f.write_str("the reader of the future was dropped")
        }
    }

    impl<T> {{ std.core }}::error::Error for FutureWriteError<T> {}

    /// What [`FutureWrite::cancel`] found.
    #[derive(Debug)]
    pub enum FutureWriteCancel<T: 'static> {
        /// The reader had the value already.
        AlreadySent,
        /// The reader was gone: the value comes back.
        Dropped(T),
        /// Stopped: the value and the writer come back.
        Cancelled(T, FutureWriter<T>),
    }

    impl<T> FutureWrite<T> {
        /// Ends the write with `code`: the value goes (received) or stays.
        fn finish(&mut self, code: u32) -> FutureWriteCancel<T> {
            let mut writer = self.writer.take().expect("finished twice");
            let value = self.value.take().expect("finished twice");
            match code & 0xf {
                COPY_COMPLETED => {
                    unsafe { (writer.vtable.disown)(&value) };
                    writer.default = None;
                    FutureWriteCancel::AlreadySent
                }
                COPY_DROPPED => {
                    writer.default = None;
                    FutureWriteCancel::Dropped(value)
                }
                _ => FutureWriteCancel::Cancelled(value, writer),
            }
        }

        /// Stops the write unless it is done.
        pub fn cancel(self: Pin<&mut Self>) -> FutureWriteCancel<T> {
            let this = unsafe { self.get_unchecked_mut() };
            if !this.transfer.in_progress() {
                let writer = this.writer.take().expect("cancelled after finishing");
                let value = this.value.take().expect("cancelled after finishing");
                return FutureWriteCancel::Cancelled(value, writer);
            }
            let writer = this.writer.as_ref().expect("cancelled after finishing");
            let (end, cancel_write) = (writer.end, writer.vtable.cancel_write);
            let code = this.transfer.cancel(|| unsafe { cancel_write(end) });
            this.finish(code)
        }
    }

    impl<T> Future for FutureWrite<T> {
        type Output = Result<(), FutureWriteError<T>>;

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
            let this = unsafe { self.get_unchecked_mut() };
            let writer = this.writer.as_ref().expect("polled after finishing");
            let (end, vtable) = (writer.end, writer.vtable);
            let (buffer, value) = (&mut this.buffer, &this.value);
            let code = {{ std.core }}::task::ready!(this.transfer.poll(end, cx, || {
                let ptr = buffer.alloc(vtable.size, vtable.align);
                let value = value.as_ref().expect("a write has its value");
                unsafe {
                    lend_into(vtable.lower, value, ptr, buffer);
                    (vtable.write)(end, ptr)
                }
            }));
            Poll::Ready(match this.finish(code) {
                FutureWriteCancel::Dropped(value) => Err(FutureWriteError { value }),
                _ => Ok(()),
            })
        }
    }

    impl<T> Drop for FutureWrite<T> {
        fn drop(&mut self) {
            if self.transfer.in_progress() {
                let _ = unsafe { Pin::new_unchecked(self) }.cancel();
            }
        }
    }
