//! `maps`, answered from Rust.

mod bindings;

use std::collections::BTreeMap;

use bindings::exports::compose::maps_fixed::maps::{Entry, Guest};

struct Test;

impl Guest for Test {
    fn echo_map(m: BTreeMap<String, u32>) -> BTreeMap<String, u32> {
        m
    }
    fn echo_map_of_lists(m: BTreeMap<u32, Vec<String>>) -> BTreeMap<u32, Vec<String>> {
        m
    }
    fn echo_map_of_entries(m: BTreeMap<String, Entry>) -> BTreeMap<String, Entry> {
        m
    }
    fn echo_nested_map(
        m: BTreeMap<String, BTreeMap<u8, bool>>,
    ) -> BTreeMap<String, BTreeMap<u8, bool>> {
        m
    }
    fn echo_fixed_bytes(l: [u8; 16]) -> [u8; 16] {
        l
    }
    fn echo_fixed_strings(l: [String; 3]) -> [String; 3] {
        l
    }
    fn echo_fixed_nested(l: [[i64; 2]; 3]) -> [[i64; 2]; 3] {
        l
    }
    fn echo_entry(e: Entry) -> Entry {
        e
    }
    fn count_words(words: Vec<String>) -> BTreeMap<String, u32> {
        let mut counts = BTreeMap::new();
        for word in words {
            *counts.entry(word).or_insert(0) += 1;
        }
        counts
    }
    fn lookup(m: BTreeMap<String, u32>, key: String) -> Option<u32> {
        m.get(&key).copied()
    }
    fn sorted_keys(m: BTreeMap<String, u32>) -> Vec<String> {
        m.into_keys().collect()
    }
    fn invert(m: BTreeMap<u32, String>) -> BTreeMap<String, u32> {
        m.into_iter().map(|(k, v)| (v, k)).collect()
    }
    fn numbered(n: u32) -> BTreeMap<u32, String> {
        (0..n).map(|i| (i, i.to_string())).collect()
    }
    fn sum_coords(c: [f32; 3]) -> f32 {
        c.iter().sum()
    }
    fn transpose(m: [[i32; 3]; 3]) -> [[i32; 3]; 3] {
        std::array::from_fn(|row| std::array::from_fn(|column| m[column][row]))
    }
}

bindings::export!(Test with_types_in bindings);
