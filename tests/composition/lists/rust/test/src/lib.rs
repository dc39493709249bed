//! `lists`, answered from Rust.

mod bindings;

use bindings::exports::compose::lists::lists::{Guest, Point};

struct Test;

impl Guest for Test {
    fn echo_bytes(l: Vec<u8>) -> Vec<u8> {
        l
    }
    fn echo_u16s(l: Vec<u16>) -> Vec<u16> {
        l
    }
    fn echo_s32s(l: Vec<i32>) -> Vec<i32> {
        l
    }
    fn echo_u64s(l: Vec<u64>) -> Vec<u64> {
        l
    }
    fn echo_f32s(l: Vec<f32>) -> Vec<f32> {
        l
    }
    fn echo_f64s(l: Vec<f64>) -> Vec<f64> {
        l
    }
    fn echo_bools(l: Vec<bool>) -> Vec<bool> {
        l
    }
    fn echo_chars(l: Vec<char>) -> Vec<char> {
        l
    }
    fn echo_strings(l: Vec<String>) -> Vec<String> {
        l
    }
    fn echo_nested(l: Vec<Vec<String>>) -> Vec<Vec<String>> {
        l
    }
    fn echo_points(l: Vec<Point>) -> Vec<Point> {
        l
    }
    fn echo_pairs(l: Vec<(u8, String)>) -> Vec<(u8, String)> {
        l
    }
    fn echo_options(l: Vec<Option<u32>>) -> Vec<Option<u32>> {
        l
    }
    fn sum_bytes(l: Vec<u8>) -> (u64, u32) {
        (l.iter().map(|&b| u64::from(b)).sum(), l.len() as u32)
    }
    fn sum_u64s(l: Vec<u64>) -> u64 {
        l.into_iter().fold(0, u64::wrapping_add)
    }
    fn range(n: u32) -> Vec<u32> {
        (0..n).collect()
    }
    fn reverse_strings(mut l: Vec<String>) -> Vec<String> {
        l.reverse();
        l
    }
    fn lengths(l: Vec<Vec<String>>) -> Vec<u32> {
        l.iter().map(|inner| inner.len() as u32).collect()
    }
    fn flatten(l: Vec<Vec<String>>) -> Vec<String> {
        l.into_iter().flatten().collect()
    }
    fn shift(l: Vec<Point>, dx: i32, dy: i32) -> Vec<Point> {
        l.into_iter()
            .map(|p| Point {
                x: p.x + dx,
                y: p.y + dy,
                label: p.label,
            })
            .collect()
    }
    fn triangle(s: String, n: u32) -> Vec<Vec<String>> {
        (0..n as usize).map(|i| vec![s.clone(); i]).collect()
    }
}

bindings::export!(Test with_types_in bindings);
