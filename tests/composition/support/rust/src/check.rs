//! The runner's checks, shared by every case (the harness copies this file
//! next to the runner's `lib.rs`). Each check compares one answer with what
//! it must be and, when they differ, traps with `check failed: <name>: …`,
//! the line the harness reports. `finish` prints how many passed, which the
//! harness compares with the case's `checks`.

// Not every runner uses every check.
#![allow(dead_code)]

use std::fmt::Debug;
use std::sync::atomic::{AtomicU32, Ordering};

static PASSED: AtomicU32 = AtomicU32::new(0);

/// Values longer than this are shown cut (a 1 MiB string would drown the
/// message).
const SHOWN: usize = 160;

/// `actual` must equal `expected`.
pub fn equal<T: PartialEq + Debug>(name: &str, actual: T, expected: T) {
    if actual != expected {
        fail(
            name,
            &format!("expected {}, got {}", shown(&expected), shown(&actual)),
        );
    }
    passed();
}

/// `actual` must look like `expected` when printed with `{:?}`: for the
/// generated records and variants, which have no `PartialEq`. Floats print
/// distinctly enough (`-0.0`, `inf`), and a NaN prints as `NaN` on both
/// sides.
pub fn same<T: Debug>(name: &str, actual: T, expected: T) {
    let (actual, expected) = (format!("{actual:?}"), format!("{expected:?}"));
    if actual != expected {
        fail(
            name,
            &format!("expected {}, got {}", cut(&expected), cut(&actual)),
        );
    }
    passed();
}

/// `ok` must hold; `what` says what was expected.
pub fn holds(name: &str, ok: bool, what: &str) {
    if !ok {
        fail(name, what);
    }
    passed();
}

/// Traps, naming the check.
pub fn fail(name: &str, detail: &str) -> ! {
    panic!("check failed: {name}: {detail}")
}

/// Prints the count the harness reads.
pub fn finish() {
    println!("checks passed: {}", PASSED.load(Ordering::Relaxed));
}

fn passed() {
    PASSED.fetch_add(1, Ordering::Relaxed);
}

fn shown(value: &impl Debug) -> String {
    cut(&format!("{value:?}"))
}

fn cut(text: &str) -> String {
    match text.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}… ({} bytes)", &text[..cut], text.len()),
        None => text.to_string(),
    }
}
