//! `wide`, answered from Rust.

mod bindings;

use std::cell::{Cell, RefCell};

use bindings::exports::compose::signatures::wide::{Big, Guest};

thread_local! {
    static LAST: RefCell<(u32, String)> = const { RefCell::new((0, String::new())) };
    static NOTHINGS: Cell<u32> = const { Cell::new(0) };
}

struct Test;

impl Guest for Test {
    #[allow(clippy::too_many_arguments)]
    fn sixteen(
        a0: u32,
        a1: u32,
        a2: u32,
        a3: u32,
        a4: u32,
        a5: u32,
        a6: u32,
        a7: u32,
        a8: u32,
        a9: u32,
        a10: u32,
        a11: u32,
        a12: u32,
        a13: u32,
        a14: u32,
        a15: u32,
    ) -> u64 {
        [
            a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15,
        ]
        .iter()
        .zip(1..)
        .map(|(&a, weight)| u64::from(a) * weight)
        .sum()
    }
    #[allow(clippy::too_many_arguments)]
    fn seventeen(
        a0: u32,
        a1: u32,
        a2: u32,
        a3: u32,
        a4: u32,
        a5: u32,
        a6: u32,
        a7: u32,
        a8: u32,
        a9: u32,
        a10: u32,
        a11: u32,
        a12: u32,
        a13: u32,
        a14: u32,
        a15: u32,
        a16: u32,
    ) -> Vec<u32> {
        vec![
            a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16,
        ]
    }
    #[allow(clippy::too_many_arguments)]
    fn sixteen_mixed(
        a: u8,
        b: u64,
        c: f32,
        d: f64,
        e: i8,
        f: i64,
        g: char,
        h: bool,
        i: u16,
        j: i16,
        k: u32,
        l: i32,
        m: f32,
        n: f64,
        o: u64,
        p: i64,
    ) -> (
        u8,
        u64,
        f32,
        f64,
        i8,
        i64,
        char,
        bool,
        u16,
        i16,
        u32,
        i32,
        f32,
        f64,
        u64,
        i64,
    ) {
        (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p)
    }
    #[allow(clippy::too_many_arguments)]
    fn eight_strings(
        t0: String,
        t1: String,
        t2: String,
        t3: String,
        t4: String,
        t5: String,
        t6: String,
        t7: String,
    ) -> String {
        [t0, t1, t2, t3, t4, t5, t6, t7].join("|")
    }
    #[allow(clippy::too_many_arguments)]
    fn nine_strings(
        t0: String,
        t1: String,
        t2: String,
        t3: String,
        t4: String,
        t5: String,
        t6: String,
        t7: String,
        t8: String,
    ) -> Vec<String> {
        vec![t0, t1, t2, t3, t4, t5, t6, t7, t8]
    }
    #[allow(clippy::too_many_arguments, clippy::type_complexity)]
    fn mixed(
        a: u8,
        b: i16,
        c: u32,
        d: i64,
        e: f32,
        f: f64,
        g: char,
        h: bool,
        i: String,
        j: Vec<u16>,
        k: Option<u8>,
        l: Result<u32, String>,
        m: (u8, i8),
    ) -> (
        u8,
        i16,
        u32,
        i64,
        f32,
        f64,
        char,
        bool,
        String,
        Vec<u16>,
        Option<u8>,
        Result<u32, String>,
        (u8, i8),
    ) {
        (a, b, c, d, e, f, g, h, i, j, k, l, m)
    }
    fn big_record(r: Big) -> Big {
        r
    }
    fn one() -> u64 {
        u64::MAX - 1
    }
    fn pair(a: u32, b: f64) -> (f64, u32) {
        (b, a)
    }
    fn no_params() -> String {
        "nothing in".to_string()
    }
    fn no_results(x: u32, s: String) {
        LAST.set((x, s));
    }
    fn nothing() {
        NOTHINGS.set(NOTHINGS.get() + 1);
    }
    fn calls() -> (u32, String, u32) {
        let (x, s) = LAST.take();
        (x, s, NOTHINGS.get())
    }
}

bindings::export!(Test with_types_in bindings);
