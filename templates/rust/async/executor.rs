

    const EVENT_NONE: u32 = 0;
    const EVENT_CANCELLED: u32 = 6;
    const EXIT: u32 = 0;
    const YIELD: u32 = 1;
    const WAIT: u32 = 2;
    #[doc(hidden)]
    pub const BLOCKED: u32 = u32::MAX;

    /// A static of the single-threaded guest.
    struct Global<T>(T);

    unsafe impl<T> Sync for Global<T> {}

    /// The task being polled (null between polls). Its lifetime is erased:
    /// only `spawned`, `waitables` and `yield_requested` are reached
    /// through it, while the task is alive.
    static CURRENT: Global<Cell<*const Task<'static>>> = Global(Cell::new({{ std.core }}::ptr::null()));

    fn current() -> &'static Task<'static> {
        let task = CURRENT.0.get();
        assert!(
            !task.is_null(),
            "an async operation outside a task: run it in an async export, `block_on` or `spawn_local`"
        );
        unsafe { &*task }
    }

    /// Where the host's answer to one blocked operation lands.
    struct Slot {
        code: Cell<Option<u32>>,
        waker: RefCell<Option<Waker>>,
    }

    /// A task's waitable set and what waits in it. Operations hold it too,
    /// and take themselves out when they are dropped.
    struct Waitables {
        set: Cell<u32>,
        waiting: RefCell<BTreeMap<u32, Rc<Slot>>>,
    }

    impl Waitables {
        fn register(&self, waitable: u32) -> Rc<Slot> {
            if self.set.get() == 0 {
                self.set.set(unsafe { abi::waitable_set_new() });
            }
            unsafe { abi::waitable_join(waitable, self.set.get()) };
            let slot = Rc::new(Slot {
                code: Cell::new(None),
                waker: RefCell::new(None),
            });
            self.waiting.borrow_mut().insert(waitable, slot.clone());
            slot
        }

        /// Takes `waitable` out of the set, unless its event already came.
        fn unregister(&self, waitable: u32, slot: &Rc<Slot>) {
            let mut waiting = self.waiting.borrow_mut();
            if waiting.get(&waitable).is_some_and(|s| Rc::ptr_eq(s, slot)) {
                waiting.remove(&waitable);
                unsafe { abi::waitable_join(waitable, 0) };
            }
        }

        /// Hands an event to the operation waiting on `waitable`. The
        /// waitable leaves the set with it: an end that is passed on must
        /// be in no set.
        fn deliver(&self, waitable: u32, code: u32) {
            let slot = self.waiting.borrow_mut().remove(&waitable);
            let Some(slot) = slot else { return };
            unsafe { abi::waitable_join(waitable, 0) };
            slot.code.set(Some(code));
            let waker = slot.waker.borrow_mut().take();
            if let Some(waker) = waker {
                waker.wake();
            }
        }

        fn is_empty(&self) -> bool {
            self.waiting.borrow().is_empty()
        }
    }

    impl Drop for Waitables {
        fn drop(&mut self) {
            if self.set.get() != 0 {
                unsafe { abi::waitable_set_drop(self.set.get()) };
            }
        }
    }

    /// One operation's place in the current task's waitable set.
    struct Wait {
        waitables: Rc<Waitables>,
        waitable: u32,
        slot: Rc<Slot>,
    }

    impl Wait {
        fn new(waitable: u32) -> Wait {
            let waitables = current().waitables.clone();
            let slot = waitables.register(waitable);
            Wait {
                waitables,
                waitable,
                slot,
            }
        }

        fn poll(&self, cx: &mut Context<'_>) -> Poll<u32> {
            match self.slot.code.take() {
                Some(code) => Poll::Ready(code),
                None => {
                    *self.slot.waker.borrow_mut() = Some(cx.waker().clone());
                    Poll::Pending
                }
            }
        }

        /// Stops waiting: the event's code if it came, `None` if the
        /// operation is still in progress.
        fn stop(self) -> Option<u32> {
            self.slot.code.take()
        }
    }

    impl Drop for Wait {
        fn drop(&mut self) {
            self.waitables.unregister(self.waitable, &self.slot);
        }
    }

    /// Wakes a task: a flag its run loop reads.
    struct Flag(AtomicBool);

    impl Wake for Flag {
        fn wake(self: Arc<Self>) {
            self.0.store(true, Ordering::Relaxed);
        }

        fn wake_by_ref(self: &Arc<Self>) {
            self.0.store(true, Ordering::Relaxed);
        }
    }

    type Job<'a> = Pin<Box<dyn Future<Output = ()> + 'a>>;

    /// One Component Model task (an async export's call, or a `block_on`):
    /// its root future, the futures it spawned, its waitable set.
    struct Task<'a> {
        root: RefCell<Option<Job<'a>>>,
        jobs: RefCell<Vec<Option<Job<'static>>>>,
        spawned: RefCell<Vec<Job<'static>>>,
        waitables: Rc<Waitables>,
        flag: Arc<Flag>,
        waker: Waker,
        yield_requested: Cell<bool>,
        cancel_requested: Cell<bool>,
    }

    impl<'a> Task<'a> {
        fn new(root: Job<'a>) -> Task<'a> {
            let flag = Arc::new(Flag(AtomicBool::new(false)));
            Task {
                root: RefCell::new(Some(root)),
                jobs: RefCell::new(Vec::new()),
                spawned: RefCell::new(Vec::new()),
                waitables: Rc::new(Waitables {
                    set: Cell::new(0),
                    waiting: RefCell::new(BTreeMap::new()),
                }),
                waker: Waker::from(flag.clone()),
                flag,
                yield_requested: Cell::new(false),
                cancel_requested: Cell::new(false),
            }
        }

        /// Polls until nothing can progress without the host; returns the
        /// callback code for the host.
        fn run(&self) -> u32 {
            let erased = {{ std.core }}::ptr::from_ref(self).cast::<Task<'static>>();
            let previous = CURRENT.0.replace(erased);
            let code = self.run_jobs();
            CURRENT.0.set(previous);
            code
        }

        fn run_jobs(&self) -> u32 {
            loop {
                if self.cancel_requested.take() {
                    // Cancellation stops the export's own future; what it
                    // spawned goes on, as in wit-bindgen.
                    let root = self.root.borrow_mut().take();
                    drop(root);
                }
                self.flag.0.store(false, Ordering::Relaxed);
                let mut cx = Context::from_waker(&self.waker);
                let root = self.root.borrow_mut().take();
                if let Some(mut root) = root
                    && root.as_mut().poll(&mut cx).is_pending()
                {
                    *self.root.borrow_mut() = Some(root);
                }
                self.poll_jobs(&mut cx);
                if self.root.borrow().is_none() && self.jobs.borrow().is_empty() {
                    return EXIT;
                }
                let woken = self.flag.0.load(Ordering::Relaxed);
                if woken && !self.yield_requested.get() {
                    continue;
                }
                if self.yield_requested.take() {
                    if self.deliver_ready() {
                        continue;
                    }
                    return YIELD;
                }
                let set = self.waitables.set.get();
                assert!(
                    set != 0 && !self.waitables.is_empty(),
                    "deadlock: every future of this task waits, and none waits for the host"
                );
                return WAIT | (set << 4);
            }
        }

        /// Polls each spawned future once (and those spawned meanwhile).
        fn poll_jobs(&self, cx: &mut Context<'_>) {
            let mut i = 0;
            loop {
                let job = {
                    let mut jobs = self.jobs.borrow_mut();
                    if i == jobs.len() {
                        let spawned: Vec<Job<'static>> =
                            self.spawned.borrow_mut().drain(..).collect();
                        if spawned.is_empty() {
                            break;
                        }
                        jobs.extend(spawned.into_iter().map(Some));
                    }
                    jobs[i].take()
                };
                if let Some(mut job) = job
                    && job.as_mut().poll(cx).is_pending()
                {
                    self.jobs.borrow_mut()[i] = Some(job);
                }
                i += 1;
            }
            self.jobs.borrow_mut().retain(Option::is_some);
        }

        /// Delivers the events that are ready without blocking; says
        /// whether there were any.
        fn deliver_ready(&self) -> bool {
            let mut any = false;
            while !self.waitables.is_empty() {
                let mut payload = [0u32; 2];
                let set = self.waitables.set.get();
                let event = unsafe { abi::waitable_set_poll(set, payload.as_mut_ptr()) };
                if !self.event(event, payload[0], payload[1]) {
                    break;
                }
                any = true;
            }
            any
        }

        /// Takes in one event; false for "none".
        fn event(&self, event: u32, waitable: u32, code: u32) -> bool {
            match event {
                EVENT_NONE => return false,
                EVENT_CANCELLED => self.cancel_requested.set(true),
                _ => self.waitables.deliver(waitable, code),
            }
            true
        }
    }

    /// Runs `future` to its end in a task of its own, blocking in
    /// `waitable-set.wait` when it waits for the host.
    pub fn block_on<T>(future: impl Future<Output = T>) -> T {
        let mut result = None;
        {
            let task = Task::new(Box::pin(async {
                result = Some(future.await);
            }));
            loop {
                let code = task.run();
                match code & 0xf {
                    EXIT => break,
                    YIELD => {}
                    _ => {
                        let mut payload = [0u32; 2];
                        let event =
                            unsafe { abi::waitable_set_wait(code >> 4, payload.as_mut_ptr()) };
                        task.event(event, payload[0], payload[1]);
                    }
                }
            }
        }
        result.expect("block_on: the task was cancelled before its future finished")
    }
{%- if exports %}

    /// Starts an async export's task: its first turn, then the host calls
    /// its callback with events.
    #[doc(hidden)]
    pub fn start_task(root: impl Future<Output = ()> + 'static) -> i32 {
        let task = Box::into_raw(Box::new(Task::new(Box::pin(root))));
        unsafe {
            abi::context_set(task as usize as u32);
            callback(EVENT_NONE as i32, 0, 0)
        }
    }

    /// An async export's callback: one event in, one callback code out.
    #[doc(hidden)]
    pub unsafe fn callback(event: i32, waitable: i32, code: i32) -> i32 {
        let task = unsafe { abi::context_get() } as usize as *mut Task<'static>;
        assert!(!task.is_null(), "an async callback without a task");
        let result = {
            let task = unsafe { &*task };
            task.event(event as u32, waitable as u32, code as u32);
            task.run()
        };
        if result == EXIT {
            unsafe {
                abi::context_set(0);
                drop(Box::from_raw(task));
            }
        }
        result as i32
    }

    /// Tells the host that an export's task was cancelled before it
    /// returned (dropped with the export's future).
    #[doc(hidden)]
    pub struct TaskCancelOnDrop(pub unsafe extern "C" fn());

    impl TaskCancelOnDrop {
        pub fn forget(self) {
            {{ std.core }}::mem::forget(self);
        }
    }

    impl Drop for TaskCancelOnDrop {
        fn drop(&mut self) {
            unsafe { (self.0)() }
        }
    }

    /// `backpressure.inc`: the host starts no new call of this component's
    /// async exports until a matching `backpressure_dec`.
    pub fn backpressure_inc() {
        unsafe { abi::backpressure_inc() }
    }

    /// `backpressure.dec`.
    pub fn backpressure_dec() {
        unsafe { abi::backpressure_dec() }
    }
{%- endif %}

    /// Gives the host a turn without blocking this component's other
    /// futures; resolves on this task's next turn.
    pub async fn yield_async() {
        struct Yield(bool);

        impl Future for Yield {
            type Output = ();

            fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
                if self.0 {
                    return Poll::Ready(());
                }
                self.0 = true;
                let task = CURRENT.0.get();
                if !task.is_null() {
                    unsafe { (*task).yield_requested.set(true) };
                }
                cx.waker().wake_by_ref();
                Poll::Pending
            }
        }

        Yield(false).await
    }

    /// `thread.yield`: blocks until the host gives the turn back. `false`
    /// when the task was cancelled meanwhile.
    pub fn yield_blocking() -> bool {
        unsafe { abi::thread_yield() == 0 }
    }

    struct JoinState<T> {
        result: RefCell<Option<T>>,
        finished: Cell<bool>,
        cancelled: Cell<bool>,
        waker: RefCell<Option<Waker>>,
    }

    /// A future spawned into the current task.
    struct Spawned<T> {
        future: Option<Pin<Box<dyn Future<Output = T>>>>,
        state: Rc<JoinState<T>>,
    }

    impl<T> Future for Spawned<T> {
        type Output = ();

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            let this = self.get_mut();
            if !this.state.cancelled.get()
                && let Some(future) = this.future.as_mut()
            {
                let Poll::Ready(value) = future.as_mut().poll(cx) else {
                    return Poll::Pending;
                };
                *this.state.result.borrow_mut() = Some(value);
            }
            this.future = None;
            this.state.finished.set(true);
            let waker = this.state.waker.borrow_mut().take();
            if let Some(waker) = waker {
                waker.wake();
            }
            Poll::Ready(())
        }
    }

    /// Runs `future` beside the current task's own (it keeps the task
    /// alive, even after an export has returned its result).
    pub fn spawn_local<T: 'static>(future: impl Future<Output = T> + 'static) -> JoinHandle<T> {
        let task = current();
        let state = Rc::new(JoinState {
            result: RefCell::new(None),
            finished: Cell::new(false),
            cancelled: Cell::new(false),
            waker: RefCell::new(None),
        });
        let job = Spawned {
            future: Some(Box::pin(future)),
            state: state.clone(),
        };
        task.spawned.borrow_mut().push(Box::pin(job));
        task.flag.0.store(true, Ordering::Relaxed);
        JoinHandle {
            state,
            task: task.waker.clone(),
        }
    }

    /// The name older wit-bindgen releases used for [`spawn_local`].
    pub use self::spawn_local as spawn;

    /// A spawned future's result; `None` when it was cancelled. Dropping
    /// the handle lets the future run on.
    pub struct JoinHandle<T> {
        state: Rc<JoinState<T>>,
        task: Waker,
    }

    impl<T> JoinHandle<T> {
        /// Drops the spawned future at the task's next turn.
        pub fn cancel(&mut self) {
            self.state.cancelled.set(true);
            self.task.wake_by_ref();
        }
    }

    impl<T> Future for JoinHandle<T> {
        type Output = Option<T>;

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
            if let Some(value) = self.state.result.borrow_mut().take() {
                return Poll::Ready(Some(value));
            }
            if self.state.finished.get() {
                return Poll::Ready(None);
            }
            *self.state.waker.borrow_mut() = Some(cx.waker().clone());
            Poll::Pending
        }
    }
