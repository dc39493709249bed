//! A `#![no_std]` guest with `alloc`, written the way wit-bindgen's users
//! write one: `String` and `Vec` come from `alloc`, errors implement
//! `core::error::Error`. (The crate's panic handler and allocator are
//! added by the compile check.)

#![no_std]

extern crate alloc;

mod no_std;

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;

use no_std::exports::test::no_std::api::{Entry, Failure, Found, Guest, GuestStore};
use no_std::test::no_std::api as host;

pub struct Component;

no_std::export!(Component with_types_in no_std);

pub struct Store {
    entries: RefCell<Vec<Entry>>,
}

impl GuestStore for Store {
    fn new() -> Self {
        Store {
            entries: RefCell::new(Vec::new()),
        }
    }

    fn put(&self, e: Entry) {
        self.entries.borrow_mut().push(e);
    }

    fn find(&self, key: String) -> Found {
        let mut hits: Vec<Entry> = self
            .entries
            .borrow()
            .iter()
            .filter(|e| e.key == key)
            .cloned()
            .collect();
        match hits.len() {
            0 => Found::None,
            1 => Found::One(hits.remove(0)),
            _ => Found::Many(hits),
        }
    }
}

impl Guest for Component {
    type Store = Store;

    fn join(words: Vec<String>) -> Result<String, Failure> {
        if words.is_empty() {
            return Err(Failure::Empty);
        }
        let store = host::Store::new();
        let mut joined = String::new();
        for word in words {
            store.put(&host::Entry {
                key: word.clone(),
                values: Vec::new(),
            });
            joined.push_str(&word);
        }
        if joined.len() > 64 {
            let error: &dyn core::error::Error = &host::Failure::TooLong;
            return Err(if error.source().is_none() {
                Failure::TooLong
            } else {
                Failure::Empty
            });
        }
        Ok(joined)
    }
}
