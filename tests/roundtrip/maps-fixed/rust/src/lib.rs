//! Maps and fixed-length lists through the host and back.

mod bindings;

use std::collections::BTreeMap;

use bindings::exports::test::maps_fixed::run::Guest;
use bindings::test::maps_fixed::host;
use bindings::test::maps_fixed::types::Entry;

struct Component;

impl Guest for Component {
    fn roundtrip_map(m: BTreeMap<String, u32>) -> BTreeMap<String, u32> {
        host::echo_map(&m)
    }
    fn roundtrip_map_of_lists(m: BTreeMap<u32, Vec<String>>) -> BTreeMap<u32, Vec<String>> {
        host::echo_map_of_lists(&m)
    }
    fn roundtrip_map_of_records(m: BTreeMap<String, Entry>) -> BTreeMap<String, Entry> {
        host::echo_map_of_records(&m)
    }
    fn roundtrip_fixed(l: [u8; 4]) -> [u8; 4] {
        host::echo_fixed(l)
    }
    fn roundtrip_fixed_strings(l: [String; 3]) -> [String; 3] {
        host::echo_fixed_strings(l)
    }
    fn roundtrip_fixed_nested(l: [[u32; 2]; 3]) -> [[u32; 2]; 3] {
        host::echo_fixed_nested(l)
    }
    fn roundtrip_entry(e: Entry) -> Entry {
        host::echo_entry(e)
    }
    fn lookup(m: BTreeMap<String, u32>, key: String) -> Option<u32> {
        host::echo_map(&m).get(&key).copied()
    }
}

bindings::export!(Component with_types_in bindings);
