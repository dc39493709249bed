//! The guest: implements `example:hello/greeter` and logs through the host.

mod bindings {
    include!(concat!(env!("OUT_DIR"), "/hello.rs"));
}

use std::cell::Cell;

use bindings::exports::example::hello::greeter::{Greeting, Guest, GuestCounter};

struct Component;

impl Guest for Component {
    type Counter = Counter;

    fn greet(name: String, excitement: u8) -> Greeting {
        bindings::log(&format!("greeting {name}"));
        let text = format!("Hello, {name}{}", "!".repeat(usize::from(excitement)));
        Greeting { text, excitement }
    }
}

struct Counter {
    count: Cell<u32>,
}

impl GuestCounter for Counter {
    fn new(start: u32) -> Self {
        Counter {
            count: Cell::new(start),
        }
    }

    fn bump(&self) -> u32 {
        self.count.set(self.count.get() + 1);
        self.count.get()
    }
}

bindings::export!(Component with_types_in bindings);
