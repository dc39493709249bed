//! Calls every function of `wide` on the test component and checks each
//! answer.

mod bindings;
mod check;

use bindings::compose::signatures::wide::{self, Big};

struct Runner;

impl bindings::Guest for Runner {
    fn run() {
        flat_limits();
        strings();
        mixed();
        small();
        check::finish();
    }
}

fn flat_limits() {
    let a: [u32; 17] = std::array::from_fn(|i| i as u32 + 1);
    check::equal(
        "sixteen 1..16",
        wide::sixteen(
            a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13],
            a[14], a[15],
        ),
        1496,
    );
    let m = u32::MAX;
    check::equal(
        "sixteen max",
        wide::sixteen(m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m),
        u64::from(m) * 136,
    );
    let a: [u32; 17] = std::array::from_fn(|i| i as u32 * 1000 + 7);
    check::equal(
        "seventeen in order",
        wide::seventeen(
            a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], a[13],
            a[14], a[15], a[16],
        ),
        a.to_vec(),
    );
    check::equal(
        "seventeen max",
        wide::seventeen(m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m),
        vec![m; 17],
    );
    // `Debug` stops at 12-tuples: the 16 results are compared in halves.
    let (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p) = wide::sixteen_mixed(
        u8::MAX,
        u64::MAX,
        -1.5,
        f64::MIN_POSITIVE,
        i8::MIN,
        i64::MIN,
        '😀',
        true,
        u16::MAX,
        i16::MIN,
        u32::MAX,
        i32::MIN,
        f32::INFINITY,
        -0.0,
        1 << 63,
        -1,
    );
    check::same(
        "sixteen-mixed edges",
        ((a, b, c, d, e, f, g, h), (i, j, k, l, m, n, o, p)),
        (
            (
                u8::MAX,
                u64::MAX,
                -1.5,
                f64::MIN_POSITIVE,
                i8::MIN,
                i64::MIN,
                '😀',
                true,
            ),
            (
                u16::MAX,
                i16::MIN,
                u32::MAX,
                i32::MIN,
                f32::INFINITY,
                -0.0,
                1 << 63,
                -1,
            ),
        ),
    );
    let (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p) = wide::sixteen_mixed(
        0, 0, 0.0, 0.0, 0, 0, '\0', false, 0, 0, 0, 0, 0.0, 0.0, 0, 0,
    );
    check::same(
        "sixteen-mixed zeros",
        ((a, b, c, d, e, f, g, h), (i, j, k, l, m, n, o, p)),
        (
            (0, 0, 0.0, 0.0, 0, 0, '\0', false),
            (0, 0, 0, 0, 0.0, 0.0, 0, 0),
        ),
    );
}

fn strings() {
    check::equal(
        "eight-strings",
        wide::eight_strings("a", "bé", "", "😀", "e", "f", "g", "h"),
        "a|bé||😀|e|f|g|h".to_string(),
    );
    check::equal(
        "eight-strings empty",
        wide::eight_strings("", "", "", "", "", "", "", ""),
        "|||||||".to_string(),
    );
    let nine = ["0", "1é", "", "3😀", "4", "5", "6", "7", "8 last"];
    check::equal(
        "nine-strings in order",
        wide::nine_strings(
            nine[0], nine[1], nine[2], nine[3], nine[4], nine[5], nine[6], nine[7], nine[8],
        ),
        nine.map(str::to_string).to_vec(),
    );
}

fn mixed() {
    let (a, b, c, d, e, f, g, h, i, j, k, l, m) = wide::mixed(
        u8::MAX,
        i16::MIN,
        u32::MAX,
        i64::MIN,
        f32::MIN_POSITIVE,
        -2.5,
        '\u{10ffff}',
        true,
        "mixed ✓",
        &[0, 1, u16::MAX],
        Some(7),
        Ok(u32::MAX),
        (u8::MAX, i8::MIN),
    );
    check::same(
        "mixed some ok",
        ((a, b, c, d, e, f, g), (h, i, j, k, l, m)),
        (
            (
                u8::MAX,
                i16::MIN,
                u32::MAX,
                i64::MIN,
                f32::MIN_POSITIVE,
                -2.5,
                '\u{10ffff}',
            ),
            (
                true,
                "mixed ✓".to_string(),
                vec![0, 1, u16::MAX],
                Some(7),
                Ok(u32::MAX),
                (u8::MAX, i8::MIN),
            ),
        ),
    );
    let (a, b, c, d, e, f, g, h, i, j, k, l, m) = wide::mixed(
        0,
        0,
        0,
        0,
        0.0,
        0.0,
        'a',
        false,
        "",
        &[],
        None,
        Err("bad"),
        (0, 0),
    );
    check::same(
        "mixed none err",
        ((a, b, c, d, e, f, g), (h, i, j, k, l, m)),
        (
            (0, 0, 0, 0, 0.0, 0.0, 'a'),
            (
                false,
                String::new(),
                vec![],
                None,
                Err("bad".to_string()),
                (0, 0),
            ),
        ),
    );
    let big = Big {
        a: u8::MAX,
        b: u16::MAX,
        c: u32::MAX,
        d: u64::MAX,
        e: i8::MIN,
        f: i16::MIN,
        g: i32::MIN,
        h: i64::MIN,
        i: 0.5,
        j: -0.25,
        k: 'é',
        l: true,
        m: "big ✓".to_string(),
        n: vec![1, 2, 3],
        o: Some("some".to_string()),
        p: (42, "tuple".to_string()),
    };
    check::same("big-record", wide::big_record(&big), big);
}

fn small() {
    check::equal("one", wide::one(), u64::MAX - 1);
    check::same("pair swapped", wide::pair(7, 2.5), (2.5, 7));
    check::equal("no-params", wide::no_params(), "nothing in".to_string());
    wide::no_results(42, "seen ✓");
    for _ in 0..3 {
        wide::nothing();
    }
    check::equal("calls", wide::calls(), (42, "seen ✓".to_string(), 3));
}

bindings::export!(Runner with_types_in bindings);
