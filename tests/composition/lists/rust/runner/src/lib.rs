//! Calls every function of `lists` on the test component and checks each
//! answer.

mod bindings;
mod check;

use bindings::compose::lists::lists::{self, Point};

const MIB: usize = 1 << 20;

struct Runner;

impl bindings::Guest for Runner {
    fn run() {
        echoes();
        computed();
        check::finish();
    }
}

/// A point as a tuple: records have no `PartialEq`.
fn fields(points: &[Point]) -> Vec<(i32, i32, &str)> {
    points
        .iter()
        .map(|p| (p.x, p.y, p.label.as_str()))
        .collect()
}

fn point(x: i32, y: i32, label: &str) -> Point {
    Point {
        x,
        y,
        label: label.to_string(),
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// 1 MiB of bytes that are not all alike.
fn mib() -> Vec<u8> {
    (0..MIB).map(|i| (i % 251) as u8).collect()
}

fn echoes() {
    let mib = mib();
    for (what, bytes) in [
        ("empty", vec![]),
        ("edges", vec![0, 1, 127, 128, 255]),
        ("1 MiB", mib),
    ] {
        check::equal(
            &format!("echo-bytes {what}"),
            lists::echo_bytes(&bytes),
            bytes,
        );
    }
    let u16s = [0, 1, 32768, u16::MAX];
    check::equal("echo-u16s", lists::echo_u16s(&u16s), u16s.to_vec());
    let s32s = [i32::MIN, -1, 0, i32::MAX];
    check::equal("echo-s32s", lists::echo_s32s(&s32s), s32s.to_vec());
    let u64s = [0, 1 << 63, u64::MAX];
    check::equal("echo-u64s", lists::echo_u64s(&u64s), u64s.to_vec());
    check::equal("echo-u64s empty", lists::echo_u64s(&[]), vec![]);
    let f32s = [-0.0, 1.5, f32::INFINITY, f32::MIN_POSITIVE];
    let bits = |l: &[f32]| l.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    check::equal("echo-f32s", bits(&lists::echo_f32s(&f32s)), bits(&f32s));
    let f64s = [-0.0, 2.5, f64::NEG_INFINITY, f64::MAX];
    let bits = |l: &[f64]| l.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    check::equal("echo-f64s", bits(&lists::echo_f64s(&f64s)), bits(&f64s));
    let bools = [true, false, false, true, true];
    check::equal("echo-bools", lists::echo_bools(&bools), bools.to_vec());
    let chars = ['a', 'é', '😀', '\u{10ffff}'];
    check::equal("echo-chars", lists::echo_chars(&chars), chars.to_vec());

    let many: Vec<String> = (0..1000).map(|i| format!("item-{i}")).collect();
    for (what, list) in [
        ("empty", vec![]),
        ("multibyte", strings(&["", "a", "héllo", "😀😀"])),
        ("1000", many),
    ] {
        check::equal(
            &format!("echo-strings {what}"),
            lists::echo_strings(&list),
            list,
        );
    }
    for (what, nested) in [
        ("empty", vec![]),
        (
            "mixed",
            vec![strings(&[]), strings(&["a"]), strings(&["", "😀", "x"])],
        ),
    ] {
        check::equal(
            &format!("echo-nested {what}"),
            lists::echo_nested(&nested),
            nested,
        );
    }
    for (what, points) in [
        ("empty", vec![]),
        (
            "edges",
            vec![point(1, -2, "a"), point(i32::MIN, i32::MAX, "é😀")],
        ),
    ] {
        let back = lists::echo_points(&points);
        check::equal(
            &format!("echo-points {what}"),
            fields(&back),
            fields(&points),
        );
    }
    let pairs = vec![(0, String::new()), (255, "✓".to_string())];
    check::equal("echo-pairs", lists::echo_pairs(&pairs), pairs);
    let options = [Some(0), None, Some(u32::MAX), None];
    check::equal(
        "echo-options",
        lists::echo_options(&options),
        options.to_vec(),
    );
}

fn computed() {
    let mib = mib();
    let sum = mib.iter().map(|&b| u64::from(b)).sum::<u64>();
    check::equal("sum-bytes 1 MiB", lists::sum_bytes(&mib), (sum, MIB as u32));
    check::equal("sum-bytes empty", lists::sum_bytes(&[]), (0, 0));
    check::equal("sum-u64s wraps", lists::sum_u64s(&[u64::MAX, 1, 2]), 2);
    check::equal("sum-u64s empty", lists::sum_u64s(&[]), 0);
    check::equal("range 0", lists::range(0), vec![]);
    check::equal(
        "range 100000",
        lists::range(100_000),
        (0..100_000).collect(),
    );
    check::equal(
        "reverse-strings",
        lists::reverse_strings(&strings(&["a", "b😀", "c"])),
        strings(&["c", "b😀", "a"]),
    );
    check::equal("reverse-strings empty", lists::reverse_strings(&[]), vec![]);
    let nested = vec![strings(&[]), strings(&["a"]), strings(&["b", "c"])];
    check::equal("lengths", lists::lengths(&nested), vec![0, 1, 2]);
    let nested = vec![strings(&["a"]), strings(&[]), strings(&["b", "c"])];
    check::equal(
        "flatten",
        lists::flatten(&nested),
        strings(&["a", "b", "c"]),
    );
    let shifted = lists::shift(&[point(1, 2, "p"), point(-5, 0, "é")], 10, -1);
    check::equal("shift", fields(&shifted), vec![(11, 1, "p"), (5, -1, "é")]);
    let expected: Vec<Vec<String>> = (0..4).map(|i| vec!["ab".to_string(); i]).collect();
    check::equal("triangle 4", lists::triangle("ab", 4), expected);
    check::equal("triangle 0", lists::triangle("x", 0), vec![]);
}

bindings::export!(Runner with_types_in bindings);
