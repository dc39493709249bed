//! The fuel bench's Rust guest, built against bindery's bindings and
//! against wit-bindgen's (the same source for both): each export does the
//! least its signature allows, so what is measured is the glue.

mod bindings;

use bindings::bench::fuel::host;
use bindings::exports::bench::fuel::run::{Guest, Item};

/// What `send-bytes` lends to the host: held by the guest, not built per call.
static BYTES: [u8; 1 << 20] = [7; 1 << 20];

struct Component;

impl Guest for Component {
    fn empty() {}

    fn echo_bytes(v: Vec<u8>) -> Vec<u8> {
        v
    }

    fn echo_strings(v: Vec<String>) -> Vec<String> {
        v
    }

    fn echo_items(v: Vec<Item>) -> Vec<Item> {
        v
    }

    fn send_bytes() {
        host::sink(&BYTES);
    }
}

bindings::export!(Component with_types_in bindings);
