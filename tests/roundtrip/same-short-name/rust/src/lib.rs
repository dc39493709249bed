//! Three exports named `api`: two interfaces and a world function.

mod bindings;

use bindings::exports::test::other::api as other;
use bindings::exports::test::same_short_name::api;

struct Component;

impl bindings::Guest for Component {
    fn api() -> String {
        "api".to_string()
    }
}

impl api::Guest for Component {
    fn add(a: u32, b: u32) -> u32 {
        a.wrapping_add(b)
    }
}

impl other::Guest for Component {
    fn twice(x: u32) -> u32 {
        x.wrapping_mul(2)
    }
}

bindings::export!(Component with_types_in bindings);
