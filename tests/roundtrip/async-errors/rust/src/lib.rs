//! error-context made by the guest, through the host and back.

mod bindings;

use bindings::exports::test::async_errors::run::Guest;
use bindings::test::async_errors::host;
use bindings::wit_bindgen::rt::async_support::ErrorContext;

struct Component;

fn through_the_host(message: &str) -> String {
    let mine = ErrorContext::new(message);
    let own = mine.debug_message();
    // Passing an error-context on copies it; the host gives the copy back.
    let back = host::bounce(mine);
    // wasmtime 48 counts no reference for a copy that comes back into a
    // component: it died with `mine` (dropped after the call), and reading
    // or dropping it traps with "resource not present". Left alone.
    std::mem::forget(back);
    own
}

impl Guest for Component {
    fn roundtrip(message: String) -> String {
        through_the_host(&message)
    }

    async fn check(message: String) -> Result<String, String> {
        Err(through_the_host(&message))
    }
}

bindings::export!(Component with_types_in bindings);
