"""Calls every function of `lists` on the test component and checks each
answer."""

from typing import final

import check
import wit_world
from check import f32_bits, f32_from_bits, f64_bits, f64_from_bits
from wit_world.imports import lists
from wit_world.imports.lists import Point

MIB = 1 << 20


@final
class WitWorld(wit_world.WitWorld):
    def run(self) -> None:
        echoes()
        computed()
        check.finish()


def mib() -> bytes:
    """1 MiB of bytes that are not all alike."""
    return bytes(i % 251 for i in range(MIB))


def echoes() -> None:
    for what, data in [
        ("empty", b""),
        ("edges", bytes([0, 1, 127, 128, 255])),
        ("1 MiB", mib()),
    ]:
        check.equal(f"echo-bytes {what}", lists.echo_bytes(data), data)
    u16s = [0, 1, 32768, 2**16 - 1]
    check.equal("echo-u16s", lists.echo_u16s(u16s), u16s)
    s32s = [-(2**31), -1, 0, 2**31 - 1]
    check.equal("echo-s32s", lists.echo_s32s(s32s), s32s)
    u64s = [0, 2**63, 2**64 - 1]
    check.equal("echo-u64s", lists.echo_u64s(u64s), u64s)
    check.equal("echo-u64s empty", lists.echo_u64s([]), [])
    inf = float("inf")
    f32s = [-0.0, 1.5, inf, f32_from_bits(0x0080_0000)]
    check.equal(
        "echo-f32s",
        [f32_bits(x) for x in lists.echo_f32s(f32s)],
        [f32_bits(x) for x in f32s],
    )
    f64s = [-0.0, 2.5, -inf, f64_from_bits(0x7FEF_FFFF_FFFF_FFFF)]
    check.equal(
        "echo-f64s",
        [f64_bits(x) for x in lists.echo_f64s(f64s)],
        [f64_bits(x) for x in f64s],
    )
    bools = [True, False, False, True, True]
    check.equal("echo-bools", lists.echo_bools(bools), bools)
    chars = ["a", "é", "😀", "\U0010ffff"]
    check.equal("echo-chars", lists.echo_chars(chars), chars)

    many = [f"item-{i}" for i in range(1000)]
    for what, strings in [
        ("empty", []),
        ("multibyte", ["", "a", "héllo", "😀😀"]),
        ("1000", many),
    ]:
        check.equal(f"echo-strings {what}", lists.echo_strings(strings), strings)
    mixed: list[list[str]] = [[], ["a"], ["", "😀", "x"]]
    for what, nested in [("empty", []), ("mixed", mixed)]:
        check.equal(f"echo-nested {what}", lists.echo_nested(nested), nested)
    edges = [Point(1, -2, "a"), Point(-(2**31), 2**31 - 1, "é😀")]
    for what, points in [("empty", []), ("edges", edges)]:
        check.equal(f"echo-points {what}", lists.echo_points(points), points)
    pairs = [(0, ""), (255, "✓")]
    check.equal("echo-pairs", lists.echo_pairs(pairs), pairs)
    options = [0, None, 2**32 - 1, None]
    check.equal("echo-options", lists.echo_options(options), options)


def computed() -> None:
    data = mib()
    check.equal("sum-bytes 1 MiB", lists.sum_bytes(data), (sum(data), MIB))
    check.equal("sum-bytes empty", lists.sum_bytes(b""), (0, 0))
    check.equal("sum-u64s wraps", lists.sum_u64s([2**64 - 1, 1, 2]), 2)
    check.equal("sum-u64s empty", lists.sum_u64s([]), 0)
    check.equal("range 0", lists.range(0), [])
    check.equal("range 100000", lists.range(100_000), list(range(100_000)))
    check.equal(
        "reverse-strings",
        lists.reverse_strings(["a", "b😀", "c"]),
        ["c", "b😀", "a"],
    )
    check.equal("reverse-strings empty", lists.reverse_strings([]), [])
    check.equal("lengths", lists.lengths([[], ["a"], ["b", "c"]]), [0, 1, 2])
    check.equal("flatten", lists.flatten([["a"], [], ["b", "c"]]), ["a", "b", "c"])
    shifted = lists.shift([Point(1, 2, "p"), Point(-5, 0, "é")], 10, -1)
    check.equal("shift", shifted, [Point(11, 1, "p"), Point(5, -1, "é")])
    check.equal("triangle 4", lists.triangle("ab", 4), [["ab"] * i for i in range(4)])
    check.equal("triangle 0", lists.triangle("x", 0), [])
