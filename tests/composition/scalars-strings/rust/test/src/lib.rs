//! `values`, answered from Rust.

mod bindings;

use bindings::exports::compose::scalars_strings::values::Guest;

struct Test;

impl Guest for Test {
    fn echo_bool(x: bool) -> bool {
        x
    }
    fn echo_u8(x: u8) -> u8 {
        x
    }
    fn echo_s8(x: i8) -> i8 {
        x
    }
    fn echo_u16(x: u16) -> u16 {
        x
    }
    fn echo_s16(x: i16) -> i16 {
        x
    }
    fn echo_u32(x: u32) -> u32 {
        x
    }
    fn echo_s32(x: i32) -> i32 {
        x
    }
    fn echo_u64(x: u64) -> u64 {
        x
    }
    fn echo_s64(x: i64) -> i64 {
        x
    }
    fn echo_f32(x: f32) -> f32 {
        x
    }
    fn echo_f64(x: f64) -> f64 {
        x
    }
    fn echo_char(x: char) -> char {
        x
    }
    fn echo_string(x: String) -> String {
        x
    }
    fn extremes() -> (u8, i8, u16, i16, u32, i32, u64, i64) {
        (
            u8::MAX,
            i8::MIN,
            u16::MAX,
            i16::MIN,
            u32::MAX,
            i32::MIN,
            u64::MAX,
            i64::MIN,
        )
    }
    fn add_u64(a: u64, b: u64) -> u64 {
        a.wrapping_add(b)
    }
    fn negate_s64(x: i64) -> i64 {
        -x
    }
    fn f32_bits(x: f32) -> u32 {
        x.to_bits()
    }
    fn f64_bits(x: f64) -> u64 {
        x.to_bits()
    }
    fn f32_from_bits(bits: u32) -> f32 {
        f32::from_bits(bits)
    }
    fn f64_from_bits(bits: u64) -> f64 {
        f64::from_bits(bits)
    }
    fn char_code(c: char) -> u32 {
        c.into()
    }
    fn char_from_code(code: u32) -> char {
        char::from_u32(code).expect("the runner passes only scalar values")
    }
    fn measure(s: String) -> (u32, u32) {
        (s.len() as u32, s.chars().count() as u32)
    }
    fn repeat(s: String, n: u32) -> String {
        s.repeat(n as usize)
    }
    fn concat(a: String, b: String) -> String {
        a + &b
    }
}

bindings::export!(Test with_types_in bindings);
