{#- A result and its buffers are kept in place, in a static, until the
    export's own post-return drops them as the type it knows: no function
    pointer to store and call, and no `Cleanup` for results whose lowering
    allocates nothing (a box would cost an allocation and a free on every
    call). Results too large for the static (rare: a record of many fields)
    are boxed. #}

    #[repr(align(8))]
    pub struct Kept(core::mem::MaybeUninit<[u64; 8]>);

    static KEPT: Slot<Kept> = Slot(core::cell::UnsafeCell::new(Kept(
        core::mem::MaybeUninit::uninit(),
    )));

    const fn kept_in_place<T>() -> bool {
        core::mem::size_of::<T>() <= core::mem::size_of::<Kept>()
            && core::mem::align_of::<T>() <= core::mem::align_of::<Kept>()
    }

    /// Keeps an export's result alive for the host to read, until the
    /// export's post-return calls `release::<T>`.
    pub unsafe fn keep<T: 'static>(value: T) {
        let slot = KEPT.0.get().cast::<u8>();
        if kept_in_place::<T>() {
            unsafe { slot.cast::<T>().write(value) };
        } else {
            unsafe { slot.cast::<*mut T>().write(Box::into_raw(Box::new(value))) };
        }
    }

    /// Keeps a result and the buffers its lowering allocated.
    pub unsafe fn keep_with<T: 'static>(value: T, cx: Cleanup) {
        unsafe { keep::<(T, Cleanup)>((value, cx)) }
    }

    /// Drops what `keep::<T>` kept (an export's post-return).
    pub unsafe fn release<T: 'static>() {
        let slot = KEPT.0.get().cast::<u8>();
        if kept_in_place::<T>() {
            unsafe { slot.cast::<T>().drop_in_place() };
        } else {
            unsafe { drop(Box::from_raw(slot.cast::<*mut T>().read())) };
        }
    }

    /// Drops what `keep_with::<T>` kept.
    pub unsafe fn release_with<T: 'static>() {
        unsafe { release::<(T, Cleanup)>() }
    }
