//! Strings through the host and back.

mod bindings;

use bindings::exports::test::strings::run::Guest;
use bindings::test::strings::host;

struct Component;

impl Guest for Component {
    fn roundtrip(s: String) -> String {
        host::echo(&s)
    }
    fn roundtrip_three(a: String, b: String, c: String) -> (String, String, String) {
        host::echo_three(&a, &b, &c)
    }
    fn concat(a: String, b: String) -> String {
        // Returned with spare capacity, as for lists' `roundtrip-bytes`.
        let mut joined = String::with_capacity(2 * (a.len() + b.len()) + 1);
        joined.push_str(&host::concat(&a, &b));
        joined
    }
    fn measure(s: String) -> (u32, u32) {
        let back = host::echo(&s);
        (back.len() as u32, back.chars().count() as u32)
    }
}

bindings::export!(Component with_types_in bindings);
