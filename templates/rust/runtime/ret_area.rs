

    #[repr(align(8))]
    pub struct RetArea([u64; {{ rt.ret_area_words }}]);

    static RET_AREA: Slot<RetArea> = Slot(core::cell::UnsafeCell::new(RetArea([0; {{ rt.ret_area_words }}])));

    /// Where an export writes a result the host reads after it returns.
    pub fn ret_area() -> *mut u8 {
        RET_AREA.0.get().cast()
    }