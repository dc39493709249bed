

    static LENT: Slot<Vec<Box<dyn core::any::Any>>> = Slot(core::cell::UnsafeCell::new(Vec::new()));

    /// Holds a borrowed handle for the length of an export call.
    pub unsafe fn lend<T: 'static>(value: T) -> &'static T {
        let boxed = Box::new(value);
        let ptr: *const T = &*boxed;
        unsafe {
            (*LENT.0.get()).push(boxed);
            &*ptr
        }
    }

    /// Drops the borrowed handles of the export call that just returned.
    pub unsafe fn drop_lent() {
        unsafe { (*LENT.0.get()).clear() };
    }
{%- if rt.lend_async %}

    /// Takes the borrowed handles lent so far: an async export keeps its
    /// own until it returns, while other calls come and go.
    pub fn take_lent() -> Vec<Box<dyn core::any::Any>> {
        unsafe { {{ std.core }}::mem::take(&mut *LENT.0.get()) }
    }
{%- endif %}