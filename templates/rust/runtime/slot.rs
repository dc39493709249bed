

    /// A static the single-threaded guest mutates (sync calls never
    /// re-enter).
    pub struct Slot<T>(pub core::cell::UnsafeCell<T>);

    unsafe impl<T> Sync for Slot<T> {}