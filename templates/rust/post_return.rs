

/// Frees what the last export call kept for the host to read.
#[doc(hidden)]
pub unsafe fn __bindery_post_return() {
    unsafe { __bindery::post_return() }
}
