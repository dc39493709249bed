{#- A result and its buffers are kept in place, in a static, with the
    function that drops them: a box would cost an allocation and a free on
    every call. Results too large for the static (rare: a record of many
    fields) are boxed. #}

    #[repr(C, align(8))]
    pub struct Kept {
        drop: Option<unsafe fn(*mut u8)>,
        value: core::mem::MaybeUninit<[u64; 8]>,
    }

    static KEPT: Slot<Kept> = Slot(core::cell::UnsafeCell::new(Kept {
        drop: None,
        value: core::mem::MaybeUninit::uninit(),
    }));

    unsafe fn drop_kept<T>(value: *mut u8) {
        unsafe { value.cast::<T>().drop_in_place() }
    }

    /// Keeps an export's result (and its buffers) alive for the host to read.
    pub unsafe fn keep<T: 'static>(value: T, cx: Cleanup) {
        let kept = unsafe { &mut *KEPT.0.get() };
        let slot = kept.value.as_mut_ptr();
        if core::mem::size_of::<(T, Cleanup)>() <= core::mem::size_of_val(&kept.value)
            && core::mem::align_of::<(T, Cleanup)>() <= 8
        {
            unsafe { slot.cast::<(T, Cleanup)>().write((value, cx)) };
            kept.drop = Some(drop_kept::<(T, Cleanup)>);
        } else {
            let boxed = Box::into_raw(Box::new((value, cx)));
            unsafe { slot.cast::<*mut (T, Cleanup)>().write(boxed) };
            kept.drop = Some(drop_kept::<Box<(T, Cleanup)>>);
        }
    }

    /// The post-return of every export: frees what `keep` kept.
    pub unsafe fn post_return() {
        let kept = unsafe { &mut *KEPT.0.get() };
        if let Some(drop_value) = kept.drop.take() {
            unsafe { drop_value(kept.value.as_mut_ptr().cast()) };
        }
    }
