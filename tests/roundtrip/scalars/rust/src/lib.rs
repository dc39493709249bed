//! Each export calls the host's echo with its argument and returns what
//! came back.

mod bindings;

use bindings::exports::test::scalars::run::Guest;
use bindings::test::scalars::host;

struct Component;

impl Guest for Component {
    fn roundtrip_u8(x: u8) -> u8 {
        host::echo_u8(x)
    }
    fn roundtrip_s8(x: i8) -> i8 {
        host::echo_s8(x)
    }
    fn roundtrip_u16(x: u16) -> u16 {
        host::echo_u16(x)
    }
    fn roundtrip_s16(x: i16) -> i16 {
        host::echo_s16(x)
    }
    fn roundtrip_u32(x: u32) -> u32 {
        host::echo_u32(x)
    }
    fn roundtrip_s32(x: i32) -> i32 {
        host::echo_s32(x)
    }
    fn roundtrip_u64(x: u64) -> u64 {
        host::echo_u64(x)
    }
    fn roundtrip_s64(x: i64) -> i64 {
        host::echo_s64(x)
    }
    fn roundtrip_f32(x: f32) -> f32 {
        host::echo_f32(x)
    }
    fn roundtrip_f64(x: f64) -> f64 {
        host::echo_f64(x)
    }
    fn roundtrip_bool(x: bool) -> bool {
        host::echo_bool(x)
    }
    fn roundtrip_char(x: char) -> char {
        host::echo_char(x)
    }
    #[allow(clippy::too_many_arguments)]
    fn roundtrip_mix(
        a: u8,
        b: i16,
        c: u32,
        d: i64,
        e: f32,
        f: f64,
        g: char,
        h: bool,
    ) -> (u8, i16, u32, i64, f32, f64, char, bool) {
        host::echo_mix(a, b, c, d, e, f, g, h)
    }
    fn next_char(c: char) -> char {
        host::next_char(c)
    }
}

bindings::export!(Component with_types_in bindings);
