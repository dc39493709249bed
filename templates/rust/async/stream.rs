

    /// How one payload type moves through streams (one per type, in
    /// `wit_stream`).
    #[doc(hidden)]
    pub struct StreamVtable<T> {
        pub size: usize,
        pub align: usize,
        pub new: unsafe extern "C" fn() -> u64,
        pub read: unsafe extern "C" fn(u32, *mut u8, usize) -> u32,
        pub write: unsafe extern "C" fn(u32, *const u8, usize) -> u32,
        pub cancel_read: unsafe extern "C" fn(u32) -> u32,
        pub cancel_write: unsafe extern "C" fn(u32) -> u32,
        pub drop_readable: unsafe extern "C" fn(u32),
        pub drop_writable: unsafe extern "C" fn(u32),
        /// `None` for plain numbers: a `Vec`'s memory is the buffer.
        pub lower: Option<unsafe fn(&T, *mut u8, &mut Cleanup)>,
        pub lift: Option<unsafe fn(*mut u8) -> T>,
        pub disown: unsafe fn(&T),
    }

    /// A new stream: the writer and the reader (`wit_stream::new`).
    #[doc(hidden)]
    pub unsafe fn stream_new<T>(
        vtable: &'static StreamVtable<T>,
    ) -> (StreamWriter<T>, StreamReader<T>) {
        let ends = unsafe { (vtable.new)() };
        let writer = StreamWriter {
            end: (ends >> 32) as u32,
            vtable,
            done: false,
        };
        (writer, unsafe { StreamReader::new(ends as u32, vtable) })
    }

    const MAX_COUNT: usize = (1 << 28) - 1;

    /// How a stream read or write ended.
    #[derive(Copy, Clone, PartialEq, Eq, Debug)]
    pub enum StreamResult {
        /// This many values moved.
        Complete(usize),
        /// Nothing moved: the other end is gone.
        Dropped,
        /// Nothing moved: the operation was cancelled.
        Cancelled,
    }

    impl StreamResult {
        fn of(code: u32) -> StreamResult {
            let count = (code >> 4) as usize;
            match code & 0xf {
                _ if count > 0 => StreamResult::Complete(count),
                COPY_COMPLETED => StreamResult::Complete(0),
                COPY_DROPPED => StreamResult::Dropped,
                _ => StreamResult::Cancelled,
            }
        }
    }

    /// Values being written to a stream, and how many have gone.
    pub struct AbiBuffer<T: 'static> {
        values: Vec<T>,
        /// Plain values before this index have gone (others are removed
        /// as they go).
        sent: usize,
        vtable: &'static StreamVtable<T>,
        lowered: Cleanup,
    }

    impl<T> AbiBuffer<T> {
        fn new(values: Vec<T>, vtable: &'static StreamVtable<T>) -> Self {
            AbiBuffer {
                values,
                sent: 0,
                vtable,
                lowered: Cleanup::default(),
            }
        }

        /// How many values have not gone yet.
        pub fn remaining(&self) -> usize {
            self.values.len() - self.sent
        }

        /// The values that have not gone.
        pub fn into_vec(mut self) -> Vec<T> {
            self.values.drain(..self.sent);
            {{ std.core }}::mem::take(&mut self.values)
        }

        /// The memory a write sends from, and how many values it holds.
        fn buffer(&mut self) -> (*const u8, usize) {
            let count = self.remaining();
            let Some(lower) = self.vtable.lower else {
                let ptr = unsafe { self.values.as_ptr().add(self.sent) };
                return (ptr.cast(), count);
            };
            self.lowered = Cleanup::default();
            let size = count * self.vtable.size;
            let base = self.lowered.alloc(size, self.vtable.align);
            for (i, value) in self.values[self.sent..].iter().enumerate() {
                let at = unsafe { base.add(i * self.vtable.size) };
                unsafe { lend_into(lower, value, at, &mut self.lowered) };
            }
            (base, count)
        }

        /// `count` values reached the reader.
        fn advance(&mut self, count: usize) {
            self.lowered = Cleanup::default();
            if self.vtable.lower.is_none() {
                self.sent += count;
                return;
            }
            for value in self.values.drain(self.sent..self.sent + count) {
                unsafe { (self.vtable.disown)(&value) };
            }
        }
    }

    /// The writable end of a `stream<T>`.
    pub struct StreamWriter<T: 'static> {
        end: u32,
        vtable: &'static StreamVtable<T>,
        done: bool,
    }

    impl<T> StreamWriter<T> {
        /// The end's handle in the component's table.
        pub fn handle(&self) -> u32 {
            self.end
        }

        /// One write of `values` (it may move only some); the buffer
        /// comes back with those that did not go.
        pub fn write(&mut self, values: Vec<T>) -> StreamWrite<'_, T> {
            let vtable = self.vtable;
            self.write_buf(AbiBuffer::new(values, vtable))
        }

        /// [`StreamWriter::write`] of what a buffer has left.
        pub fn write_buf(&mut self, buffer: AbiBuffer<T>) -> StreamWrite<'_, T> {
            StreamWrite {
                writer: self,
                buffer: Some(buffer),
                transfer: Transfer::new(),
            }
        }

        /// Writes every value unless the reader goes; returns those that
        /// did not go.
        pub async fn write_all(&mut self, values: Vec<T>) -> Vec<T> {
            let (mut result, mut buffer) = self.write(values).await;
            while let StreamResult::Complete(_) = result {
                if buffer.remaining() == 0 {
                    break;
                }
                (result, buffer) = self.write_buf(buffer).await;
            }
            buffer.into_vec()
        }

        /// Writes one value; `Some(value)` when the reader was gone.
        pub async fn write_one(&mut self, value: T) -> Option<T> {
            self.write_all({% if std.prelude.is_some() %}::alloc::{% endif %}vec![value]).await.pop()
        }
    }

    impl<T> {{ std.core }}::fmt::Debug for StreamWriter<T> {
        fn fmt(&self, f: &mut {{ std.core }}::fmt::Formatter<'_>) -> {{ std.core }}::fmt::Result {
            f.debug_struct("StreamWriter")
                .field("handle", &self.end)
                .finish()
        }
    }

    impl<T> Drop for StreamWriter<T> {
        fn drop(&mut self) {
            unsafe { (self.vtable.drop_writable)(self.end) };
        }
    }

    /// A stream write in progress; [`StreamWrite::cancel`] stops it.
    pub struct StreamWrite<'a, T: 'static> {
        writer: &'a mut StreamWriter<T>,
        buffer: Option<AbiBuffer<T>>,
        transfer: Transfer,
    }

    impl<T> StreamWrite<'_, T> {
        fn finish(&mut self, code: u32) -> (StreamResult, AbiBuffer<T>) {
            let mut buffer = self.buffer.take().expect("finished twice");
            buffer.advance((code >> 4) as usize);
            if code & 0xf == COPY_DROPPED {
                self.writer.done = true;
            }
            (StreamResult::of(code), buffer)
        }

        /// Stops the write; what went is counted, the rest comes back.
        pub fn cancel(self: Pin<&mut Self>) -> (StreamResult, AbiBuffer<T>) {
            let this = unsafe { self.get_unchecked_mut() };
            if !this.transfer.in_progress() {
                let buffer = this.buffer.take().expect("cancelled after finishing");
                return (StreamResult::Cancelled, buffer);
            }
            let (end, cancel_write) = (this.writer.end, this.writer.vtable.cancel_write);
            let code = this.transfer.cancel(|| unsafe { cancel_write(end) });
            this.finish(code)
        }
    }

    impl<T> Future for StreamWrite<'_, T> {
        type Output = (StreamResult, AbiBuffer<T>);

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
            let this = unsafe { self.get_unchecked_mut() };
            if this.writer.done && !this.transfer.in_progress() {
                let buffer = this.buffer.take().expect("polled after finishing");
                return Poll::Ready((StreamResult::Dropped, buffer));
            }
            let (end, write) = (this.writer.end, this.writer.vtable.write);
            let buffer = this.buffer.as_mut().expect("polled after finishing");
            let code = {{ std.core }}::task::ready!(this.transfer.poll(end, cx, || {
                let (ptr, count) = buffer.buffer();
                unsafe { write(end, ptr, count) }
            }));
            Poll::Ready(this.finish(code))
        }
    }

    impl<T> Drop for StreamWrite<'_, T> {
        fn drop(&mut self) {
            if self.transfer.in_progress() {
                let _ = unsafe { Pin::new_unchecked(self) }.cancel();
            }
        }
    }

    /// The readable end of a `stream<T>`.
    pub struct StreamReader<T: 'static> {
        end: {{ std.core }}::sync::atomic::AtomicU32,
        vtable: &'static StreamVtable<T>,
        done: bool,
    }

    impl<T> StreamReader<T> {
        #[doc(hidden)]
        pub unsafe fn new(end: u32, vtable: &'static StreamVtable<T>) -> Self {
            StreamReader {
                end: {{ std.core }}::sync::atomic::AtomicU32::new(end),
                vtable,
                done: false,
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

        /// One read into `buffer`'s spare capacity (none: a zero-length
        /// read); the buffer comes back with the values appended.
        pub fn read(&mut self, buffer: Vec<T>) -> StreamRead<'_, T> {
            StreamRead {
                reader: self,
                buffer: Some(buffer),
                scratch: Cleanup::default(),
                ptr: {{ std.core }}::ptr::null_mut(),
                transfer: Transfer::new(),
            }
        }

        /// The next value; `None` once the writer is gone.
        pub async fn next(&mut self) -> Option<T> {
            let (_, mut buffer) = self.read(Vec::with_capacity(1)).await;
            buffer.pop()
        }

        /// Every value until the writer is gone.
        pub async fn collect(mut self) -> Vec<T> {
            let mut values = Vec::new();
            loop {
                if values.len() == values.capacity() {
                    values.reserve(1);
                }
                let (result, buffer) = self.read(values).await;
                values = buffer;
                if let StreamResult::Dropped = result {
                    return values;
                }
            }
        }
    }

    impl<T: super::wit_stream::StreamPayload> StreamReader<T> {
        #[doc(hidden)]
        pub unsafe fn from_handle(end: u32) -> Self {
            unsafe { StreamReader::new(end, T::VTABLE) }
        }
    }

    impl<T> {{ std.core }}::fmt::Debug for StreamReader<T> {
        fn fmt(&self, f: &mut {{ std.core }}::fmt::Formatter<'_>) -> {{ std.core }}::fmt::Result {
            f.debug_struct("StreamReader")
                .field("handle", &self.handle())
                .finish()
        }
    }

    impl<T> Drop for StreamReader<T> {
        fn drop(&mut self) {
            let end = self.take_handle();
            if end != u32::MAX {
                unsafe { (self.vtable.drop_readable)(end) };
            }
        }
    }

    /// A stream read in progress; [`StreamRead::cancel`] stops it.
    pub struct StreamRead<'a, T: 'static> {
        reader: &'a mut StreamReader<T>,
        buffer: Option<Vec<T>>,
        /// Where non-plain values arrive before they are lifted.
        scratch: Cleanup,
        ptr: *mut u8,
        transfer: Transfer,
    }

    impl<T> StreamRead<'_, T> {
        fn finish(&mut self, code: u32) -> (StreamResult, Vec<T>) {
            let mut buffer = self.buffer.take().expect("finished twice");
            let count = (code >> 4) as usize;
            match self.reader.vtable.lift {
                None => unsafe { buffer.set_len(buffer.len() + count) },
                Some(lift) => {
                    for i in 0..count {
                        let at = unsafe { self.ptr.add(i * self.reader.vtable.size) };
                        buffer.push(unsafe { lift(at) });
                    }
                }
            }
            self.scratch = Cleanup::default();
            if code & 0xf == COPY_DROPPED {
                self.reader.done = true;
            }
            (StreamResult::of(code), buffer)
        }

        /// Stops the read; values that came meanwhile are kept.
        pub fn cancel(self: Pin<&mut Self>) -> (StreamResult, Vec<T>) {
            let this = unsafe { self.get_unchecked_mut() };
            if !this.transfer.in_progress() {
                let buffer = this.buffer.take().expect("cancelled after finishing");
                return (StreamResult::Cancelled, buffer);
            }
            let (end, cancel_read) = (this.reader.handle(), this.reader.vtable.cancel_read);
            let code = this.transfer.cancel(|| unsafe { cancel_read(end) });
            this.finish(code)
        }
    }

    impl<T> Future for StreamRead<'_, T> {
        type Output = (StreamResult, Vec<T>);

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
            let this = unsafe { self.get_unchecked_mut() };
            if this.reader.done && !this.transfer.in_progress() {
                let buffer = this.buffer.take().expect("polled after finishing");
                return Poll::Ready((StreamResult::Dropped, buffer));
            }
            let (end, vtable) = (this.reader.handle(), this.reader.vtable);
            let buffer = this.buffer.as_mut().expect("polled after finishing");
            let (scratch, ptr) = (&mut this.scratch, &mut this.ptr);
            let code = {{ std.core }}::task::ready!(this.transfer.poll(end, cx, || {
                // The Canonical ABI counts in 28 bits; `Vec<()>` has no
                // capacity limit.
                let room = (buffer.capacity() - buffer.len()).min(MAX_COUNT);
                *ptr = match vtable.lift {
                    None => unsafe { buffer.as_mut_ptr().add(buffer.len()) }.cast(),
                    Some(_) => scratch.alloc(room * vtable.size, vtable.align),
                };
                unsafe { (vtable.read)(end, *ptr, room) }
            }));
            Poll::Ready(this.finish(code))
        }
    }

    impl<T> Drop for StreamRead<'_, T> {
        fn drop(&mut self) {
            if self.transfer.in_progress() {
                let _ = unsafe { Pin::new_unchecked(self) }.cancel();
            }
        }
    }
