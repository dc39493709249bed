//! Calls every function of `values` on the test component and checks each
//! answer.

mod bindings;
mod check;

use bindings::compose::scalars_strings::values;

/// 16 UTF-8 bytes, 10 scalar values: 65536 of them make 1 MiB.
const PIECE: &str = "abcdefgé✓😀";
const PIECES: u32 = 65536;

struct Runner;

impl bindings::Guest for Runner {
    fn run() {
        integers();
        floats();
        chars();
        strings();
        check::finish();
    }
}

fn integers() {
    for x in [true, false] {
        check::equal(&format!("echo-bool {x}"), values::echo_bool(x), x);
    }
    for x in [0, 128, u8::MAX] {
        check::equal(&format!("echo-u8 {x}"), values::echo_u8(x), x);
    }
    for x in [i8::MIN, -1, 0, i8::MAX] {
        check::equal(&format!("echo-s8 {x}"), values::echo_s8(x), x);
    }
    for x in [0, 32768, u16::MAX] {
        check::equal(&format!("echo-u16 {x}"), values::echo_u16(x), x);
    }
    for x in [i16::MIN, -1, 0, i16::MAX] {
        check::equal(&format!("echo-s16 {x}"), values::echo_s16(x), x);
    }
    for x in [0, 1 << 31, u32::MAX] {
        check::equal(&format!("echo-u32 {x}"), values::echo_u32(x), x);
    }
    for x in [i32::MIN, -1, 0, i32::MAX] {
        check::equal(&format!("echo-s32 {x}"), values::echo_s32(x), x);
    }
    for x in [0, 1 << 63, u64::MAX] {
        check::equal(&format!("echo-u64 {x}"), values::echo_u64(x), x);
    }
    for x in [i64::MIN, -1, 0, i64::MAX] {
        check::equal(&format!("echo-s64 {x}"), values::echo_s64(x), x);
    }
    check::equal(
        "extremes",
        values::extremes(),
        (
            u8::MAX,
            i8::MIN,
            u16::MAX,
            i16::MIN,
            u32::MAX,
            i32::MIN,
            u64::MAX,
            i64::MIN,
        ),
    );
    check::equal("add-u64 wraps", values::add_u64(u64::MAX, 2), 1);
    check::equal(
        "add-u64 top bit",
        values::add_u64(1 << 63, (1 << 63) - 1),
        u64::MAX,
    );
    check::equal("negate-s64 max", values::negate_s64(i64::MAX), -i64::MAX);
    check::equal("negate-s64 -1", values::negate_s64(-1), 1);
}

fn floats() {
    let f32s = [
        0.0,
        -0.0,
        1.5,
        f32::MAX,
        f32::MIN_POSITIVE,
        f32::from_bits(1),
        f32::INFINITY,
        f32::NEG_INFINITY,
    ];
    for x in f32s {
        let back = values::echo_f32(x);
        check::equal(&format!("echo-f32 {x:e}"), back.to_bits(), x.to_bits());
    }
    check::holds(
        "echo-f32 nan",
        values::echo_f32(f32::NAN).is_nan(),
        "a NaN back",
    );
    let f64s = [
        0.0,
        -0.0,
        1.5,
        f64::MAX,
        f64::MIN_POSITIVE,
        f64::from_bits(1),
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    for x in f64s {
        let back = values::echo_f64(x);
        check::equal(&format!("echo-f64 {x:e}"), back.to_bits(), x.to_bits());
    }
    check::holds(
        "echo-f64 nan",
        values::echo_f64(f64::NAN).is_nan(),
        "a NaN back",
    );
    for (x, bits) in [
        (-0.0, 0x8000_0000),
        (1.0, 0x3f80_0000),
        (f32::INFINITY, 0x7f80_0000),
        (f32::from_bits(1), 1),
    ] {
        check::equal(&format!("f32-bits {x:e}"), values::f32_bits(x), bits);
    }
    for (x, bits) in [
        (-0.0, 0x8000_0000_0000_0000),
        (1.0, 0x3ff0_0000_0000_0000),
        (f64::NEG_INFINITY, 0xfff0_0000_0000_0000),
        (f64::from_bits(1), 1),
    ] {
        check::equal(&format!("f64-bits {x:e}"), values::f64_bits(x), bits);
    }
    for bits in [0x7f7f_ffff, 1, 0xff80_0000] {
        let x = values::f32_from_bits(bits);
        check::equal(&format!("f32-from-bits {bits:#x}"), x.to_bits(), bits);
    }
    for bits in [0x7fef_ffff_ffff_ffff, 1, 0x8000_0000_0000_0000] {
        let x = values::f64_from_bits(bits);
        check::equal(&format!("f64-from-bits {bits:#x}"), x.to_bits(), bits);
    }
}

fn chars() {
    for c in [
        '\0',
        'a',
        'é',
        '✓',
        '\u{d7ff}',
        '\u{e000}',
        '😀',
        '\u{10ffff}',
    ] {
        check::equal(
            &format!("echo-char U+{:04X}", c as u32),
            values::echo_char(c),
            c,
        );
    }
    for c in ['é', '😀', '\u{10ffff}'] {
        let code = c as u32;
        check::equal(
            &format!("char-code U+{code:04X}"),
            values::char_code(c),
            code,
        );
    }
    for c in ['\0', '\u{fffd}', '😀'] {
        let code = c as u32;
        check::equal(
            &format!("char-from-code U+{code:04X}"),
            values::char_from_code(code),
            c,
        );
    }
}

fn strings() {
    let mib = PIECE.repeat(PIECES as usize);
    for (what, s) in [
        ("empty", ""),
        ("ascii", "hello"),
        ("escapes", "tab\tnewline\nquote\"backslash\\"),
        ("nul inside", "a\0b"),
        ("multibyte", "héllo wörld ✓ 😀 𝄞"),
        ("1 MiB", &mib),
    ] {
        check::equal(
            &format!("echo-string {what}"),
            values::echo_string(s).as_str(),
            s,
        );
    }
    for (what, s, measured) in [
        ("empty", "", (0, 0)),
        ("multibyte", "é✓😀", (9, 3)),
        ("nul", "\0", (1, 1)),
        ("1 MiB", &mib, (1 << 20, 10 * PIECES)),
    ] {
        check::equal(&format!("measure {what}"), values::measure(s), measured);
    }
    check::equal("repeat ab", values::repeat("ab", 3).as_str(), "ababab");
    check::equal("repeat none", values::repeat("😀", 0).as_str(), "");
    check::equal("repeat 1 MiB", values::repeat(PIECE, PIECES), mib.clone());
    check::equal("concat empty", values::concat("", "").as_str(), "");
    check::equal(
        "concat multibyte",
        values::concat("héllo ", "wörld 😀").as_str(),
        "héllo wörld 😀",
    );
    check::equal("concat 1 MiB", values::concat(&mib, "✓"), format!("{mib}✓"));
}

bindings::export!(Runner with_types_in bindings);
