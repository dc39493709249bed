//! Calls every function of `maps` on the test component and checks each
//! answer.

mod bindings;
mod check;

use std::collections::BTreeMap;

use bindings::compose::maps_fixed::maps::{self, Entry};

struct Runner;

impl bindings::Guest for Runner {
    fn run() {
        echoes();
        computed();
        check::finish();
    }
}

/// An entry as a tuple (records have no `PartialEq`), floats as bits.
fn fields(e: &Entry) -> (u32, [u32; 3], Vec<String>) {
    (e.id, e.coords.map(f32::to_bits), e.tags.clone())
}

fn entry(id: u32, coords: [f32; 3], tags: &[&str]) -> Entry {
    Entry {
        id,
        coords,
        tags: tags.iter().map(|t| t.to_string()).collect(),
    }
}

fn map<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    pairs.into_iter().collect()
}

fn text(s: &str) -> String {
    s.to_string()
}

fn echoes() {
    let thousand = map((0..1000).map(|i| (format!("key-{i}"), i)));
    for (what, m) in [
        ("empty", BTreeMap::new()),
        (
            "edges",
            map([(text("a"), 1), (text("b"), 2), (text("é😀"), u32::MAX)]),
        ),
        ("1000", thousand),
    ] {
        check::equal(&format!("echo-map {what}"), maps::echo_map(&m), m);
    }
    let of_lists = map([
        (1, vec![text("a"), text("b")]),
        (2, vec![]),
        (3, vec![text("😀")]),
    ]);
    check::equal(
        "echo-map-of-lists",
        maps::echo_map_of_lists(&of_lists),
        of_lists,
    );
    let entries = map([
        (text("x"), entry(1, [0.5, -1.25, 3e10], &["t"])),
        (text("y"), entry(2, [-0.0, f32::INFINITY, 1.0], &[])),
    ]);
    let shown = |m: &BTreeMap<String, Entry>| {
        m.iter()
            .map(|(k, e)| (k.clone(), fields(e)))
            .collect::<Vec<_>>()
    };
    check::equal(
        "echo-map-of-entries",
        shown(&maps::echo_map_of_entries(&entries)),
        shown(&entries),
    );
    let nested = map([
        (text("a"), map([(0, true), (255, false)])),
        (text("b"), BTreeMap::new()),
    ]);
    check::equal("echo-nested-map", maps::echo_nested_map(&nested), nested);
    let bytes: [u8; 16] = std::array::from_fn(|i| (i * 17) as u8);
    check::equal("echo-fixed-bytes", maps::echo_fixed_bytes(bytes), bytes);
    let strings = [text(""), text("é"), text("😀x")];
    check::equal(
        "echo-fixed-strings",
        maps::echo_fixed_strings(strings.clone()),
        strings,
    );
    let nested = [[i64::MIN, -1], [0, 1], [i64::MAX, 42]];
    check::equal("echo-fixed-nested", maps::echo_fixed_nested(nested), nested);
    let e = entry(7, [1.5, -2.5, 0.0], &["a", "b"]);
    check::equal("echo-entry", fields(&maps::echo_entry(&e)), fields(&e));
}

fn computed() {
    let words = ["a", "b", "a", "😀", "a"].map(text);
    check::equal(
        "count-words",
        maps::count_words(&words),
        map([(text("a"), 3), (text("b"), 1), (text("😀"), 1)]),
    );
    check::equal("count-words empty", maps::count_words(&[]), BTreeMap::new());
    let m = map([(text("a"), 1), (text("b"), 2)]);
    check::equal("lookup found", maps::lookup(&m, "b"), Some(2));
    check::equal("lookup missing", maps::lookup(&m, "z"), None);
    let m = map([(text("b"), 1), (text("a"), 2), (text("c"), 3)]);
    check::equal(
        "sorted-keys",
        maps::sorted_keys(&m),
        vec![text("a"), text("b"), text("c")],
    );
    check::equal(
        "invert",
        maps::invert(&map([(1, text("one")), (2, text("two"))])),
        map([(text("one"), 1), (text("two"), 2)]),
    );
    check::equal("numbered 0", maps::numbered(0), BTreeMap::new());
    check::equal(
        "numbered 1000",
        maps::numbered(1000),
        map((0..1000).map(|i| (i, i.to_string()))),
    );
    check::equal(
        "sum-coords",
        maps::sum_coords([1.5, 2.25, -0.75]).to_bits(),
        3.0f32.to_bits(),
    );
    check::equal(
        "transpose",
        maps::transpose([[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
        [[1, 4, 7], [2, 5, 8], [3, 6, 9]],
    );
}

bindings::export!(Runner with_types_in bindings);
