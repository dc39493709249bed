//! Signatures at the ABI's limits, through the host and back.
#![allow(clippy::too_many_arguments, clippy::type_complexity)]

mod bindings;

use bindings::exports::test::signatures::run::Guest;
use bindings::test::signatures::host;

struct Component;

type Sixteen = (
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
);
type Seventeen = (
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
    u32,
);
type Mixed = (
    u8,
    u16,
    u32,
    u64,
    i8,
    i16,
    i32,
    i64,
    f32,
    f64,
    char,
    bool,
    String,
    Vec<u8>,
    Option<u32>,
    String,
);

impl Guest for Component {
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
    ) -> Sixteen {
        host::sixteen(
            a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15,
        )
    }
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
    ) -> Seventeen {
        host::seventeen(
            a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16,
        )
    }
    fn mixed(
        a: u8,
        b: u16,
        c: u32,
        d: u64,
        e: i8,
        f: i16,
        g: i32,
        h: i64,
        i: f32,
        j: f64,
        k: char,
        l: bool,
        m: String,
        n: Vec<u8>,
        o: Option<u32>,
        p: String,
    ) -> Mixed {
        host::mixed(a, b, c, d, e, f, g, h, i, j, k, l, &m, &n, o, &p)
    }
    fn one_result() -> u64 {
        host::one_result()
    }
    fn pair(a: u32, b: f64) -> (u32, f64) {
        host::pair(a, b)
    }
    fn no_params() -> String {
        host::no_params()
    }
    fn no_results(x: u32, s: String) -> (u32, String) {
        host::no_results(x, &s);
        host::nothing();
        (x, s)
    }
    fn nothing() {
        host::nothing()
    }
}

bindings::export!(Component with_types_in bindings);
