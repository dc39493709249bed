//! Lists through the host and back.

mod bindings;

use bindings::exports::test::lists::run::Guest;
use bindings::test::lists::host;
use bindings::test::lists::types::Point;

struct Component;

impl Guest for Component {
    fn roundtrip_bytes(l: Vec<u8>) -> Vec<u8> {
        // Returned with spare capacity: the bindings hand the buffer to the
        // host and must free the whole allocation afterwards.
        let mut back = Vec::with_capacity(2 * l.len() + 1);
        back.extend_from_slice(&host::echo_bytes(&l));
        back
    }
    fn roundtrip_u64s(l: Vec<u64>) -> Vec<u64> {
        host::echo_u64s(&l)
    }
    fn roundtrip_s16s(l: Vec<i16>) -> Vec<i16> {
        host::echo_s16s(&l)
    }
    fn roundtrip_f32s(l: Vec<f32>) -> Vec<f32> {
        host::echo_f32s(&l)
    }
    fn roundtrip_f64s(l: Vec<f64>) -> Vec<f64> {
        host::echo_f64s(&l)
    }
    fn roundtrip_bools(l: Vec<bool>) -> Vec<bool> {
        host::echo_bools(&l)
    }
    fn roundtrip_chars(l: Vec<char>) -> Vec<char> {
        host::echo_chars(&l)
    }
    fn roundtrip_strings(l: Vec<String>) -> Vec<String> {
        host::echo_strings(&l)
    }
    fn roundtrip_nested(l: Vec<Vec<String>>) -> Vec<Vec<String>> {
        host::echo_nested(&l)
    }
    fn roundtrip_points(l: Vec<Point>) -> Vec<Point> {
        host::echo_points(&l)
    }
    fn roundtrip_options(l: Vec<Option<u32>>) -> Vec<Option<u32>> {
        host::echo_options(&l)
    }
    fn roundtrip_pairs(l: Vec<(u8, String)>) -> Vec<(u8, String)> {
        host::echo_pairs(&l)
    }
    fn sum(l: Vec<u8>) -> (u64, u64) {
        let back = host::echo_bytes(&l);
        let mine = back.iter().map(|&b| u64::from(b)).sum();
        (mine, host::sum(&l))
    }
}

bindings::export!(Component with_types_in bindings);
