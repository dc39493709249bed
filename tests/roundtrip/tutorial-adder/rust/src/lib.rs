//! The book's adder, written as the book writes it.

mod bindings;

use bindings::exports::docs::adder::add::Guest;

struct Component;

impl Guest for Component {
    fn add(x: u32, y: u32) -> u32 {
        x.wrapping_add(y)
    }
}

bindings::export!(Component with_types_in bindings);
