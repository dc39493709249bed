"""Calls every function of `values` on the test component and checks each
answer."""

import math
from typing import final

import check
import wit_world
from check import f32_bits, f32_from_bits, f64_bits, f64_from_bits
from wit_world.imports import values

# 16 UTF-8 bytes, 10 scalar values: 65536 of them make 1 MiB.
PIECE = "abcdefgé✓😀"
PIECES = 65536

F32_MAX = f32_from_bits(0x7F7F_FFFF)
F32_MIN_POSITIVE = f32_from_bits(0x0080_0000)
F32_TRUE_MIN = f32_from_bits(1)
F64_MAX = f64_from_bits(0x7FEF_FFFF_FFFF_FFFF)
F64_MIN_POSITIVE = f64_from_bits(0x0010_0000_0000_0000)
F64_TRUE_MIN = f64_from_bits(1)
INF = float("inf")


@final
class WitWorld(wit_world.WitWorld):
    def run(self) -> None:
        integers()
        floats()
        chars()
        strings()
        check.finish()


def integers() -> None:
    for b in [True, False]:
        check.equal(f"echo-bool {str(b).lower()}", values.echo_bool(b), b)
    echoes = [
        ("u8", values.echo_u8, [0, 128, 2**8 - 1]),
        ("s8", values.echo_s8, [-(2**7), -1, 0, 2**7 - 1]),
        ("u16", values.echo_u16, [0, 32768, 2**16 - 1]),
        ("s16", values.echo_s16, [-(2**15), -1, 0, 2**15 - 1]),
        ("u32", values.echo_u32, [0, 2**31, 2**32 - 1]),
        ("s32", values.echo_s32, [-(2**31), -1, 0, 2**31 - 1]),
        ("u64", values.echo_u64, [0, 2**63, 2**64 - 1]),
        ("s64", values.echo_s64, [-(2**63), -1, 0, 2**63 - 1]),
    ]
    for width, echo, xs in echoes:
        for x in xs:
            check.equal(f"echo-{width} {x}", echo(x), x)
    check.equal(
        "extremes",
        values.extremes(),
        (
            2**8 - 1,
            -(2**7),
            2**16 - 1,
            -(2**15),
            2**32 - 1,
            -(2**31),
            2**64 - 1,
            -(2**63),
        ),
    )
    check.equal("add-u64 wraps", values.add_u64(2**64 - 1, 2), 1)
    check.equal("add-u64 top bit", values.add_u64(2**63, 2**63 - 1), 2**64 - 1)
    check.equal("negate-s64 max", values.negate_s64(2**63 - 1), -(2**63 - 1))
    check.equal("negate-s64 -1", values.negate_s64(-1), 1)


def floats() -> None:
    f32s = [0.0, -0.0, 1.5, F32_MAX, F32_MIN_POSITIVE, F32_TRUE_MIN, INF, -INF]
    for x in f32s:
        back = values.echo_f32(x)
        check.equal(f"echo-f32 {x!r}", f32_bits(back), f32_bits(x))
    nan = values.echo_f32(float("nan"))
    check.holds("echo-f32 nan", math.isnan(nan), "a NaN back")
    f64s = [0.0, -0.0, 1.5, F64_MAX, F64_MIN_POSITIVE, F64_TRUE_MIN, INF, -INF]
    for x in f64s:
        back = values.echo_f64(x)
        check.equal(f"echo-f64 {x!r}", f64_bits(back), f64_bits(x))
    nan = values.echo_f64(float("nan"))
    check.holds("echo-f64 nan", math.isnan(nan), "a NaN back")
    for x, bits in [(-0.0, 0x8000_0000), (1.0, 0x3F80_0000), (INF, 0x7F80_0000)]:
        check.equal(f"f32-bits {x!r}", values.f32_bits(x), bits)
    check.equal(f"f32-bits {F32_TRUE_MIN!r}", values.f32_bits(F32_TRUE_MIN), 1)
    for x, bits in [
        (-0.0, 0x8000_0000_0000_0000),
        (1.0, 0x3FF0_0000_0000_0000),
        (-INF, 0xFFF0_0000_0000_0000),
        (F64_TRUE_MIN, 1),
    ]:
        check.equal(f"f64-bits {x!r}", values.f64_bits(x), bits)
    for bits in [0x7F7F_FFFF, 1, 0xFF80_0000]:
        x = values.f32_from_bits(bits)
        check.equal(f"f32-from-bits {bits:#x}", f32_bits(x), bits)
    for bits in [0x7FEF_FFFF_FFFF_FFFF, 1, 0x8000_0000_0000_0000]:
        x = values.f64_from_bits(bits)
        check.equal(f"f64-from-bits {bits:#x}", f64_bits(x), bits)


def chars() -> None:
    for c in ["\0", "a", "é", "✓", "\ud7ff", "\ue000", "😀", "\U0010ffff"]:
        check.equal(f"echo-char U+{ord(c):04X}", values.echo_char(c), c)
    for c in ["é", "😀", "\U0010ffff"]:
        code = ord(c)
        check.equal(f"char-code U+{code:04X}", values.char_code(c), code)
    for c in ["\0", "\ufffd", "😀"]:
        code = ord(c)
        check.equal(f"char-from-code U+{code:04X}", values.char_from_code(code), c)


def strings() -> None:
    mib = PIECE * PIECES
    for what, s in [
        ("empty", ""),
        ("ascii", "hello"),
        ("escapes", 'tab\tnewline\nquote"backslash\\'),
        ("nul inside", "a\0b"),
        ("multibyte", "héllo wörld ✓ 😀 𝄞"),
        ("1 MiB", mib),
    ]:
        check.equal(f"echo-string {what}", values.echo_string(s), s)
    for what, s, measured in [
        ("empty", "", (0, 0)),
        ("multibyte", "é✓😀", (9, 3)),
        ("nul", "\0", (1, 1)),
        ("1 MiB", mib, (1 << 20, 10 * PIECES)),
    ]:
        check.equal(f"measure {what}", values.measure(s), measured)
    check.equal("repeat ab", values.repeat("ab", 3), "ababab")
    check.equal("repeat none", values.repeat("😀", 0), "")
    check.equal("repeat 1 MiB", values.repeat(PIECE, PIECES), mib)
    check.equal("concat empty", values.concat("", ""), "")
    check.equal(
        "concat multibyte", values.concat("héllo ", "wörld 😀"), "héllo wörld 😀"
    )
    check.equal("concat 1 MiB", values.concat(mib, "✓"), mib + "✓")
