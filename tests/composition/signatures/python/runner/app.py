"""Calls every function of `wide` on the test component and checks each
answer."""

from typing import final

import check
import wit_world
from check import f32_from_bits, f64_from_bits
from componentize_py_types import Err, Ok
from wit_world.imports import wide
from wit_world.imports.wide import Big

U8_MAX, U16_MAX, U32_MAX, U64_MAX = 2**8 - 1, 2**16 - 1, 2**32 - 1, 2**64 - 1
S8_MIN, S16_MIN, S32_MIN, S64_MIN = -(2**7), -(2**15), -(2**31), -(2**63)
INF = float("inf")


@final
class WitWorld(wit_world.WitWorld):
    def run(self) -> None:
        flat_limits()
        strings()
        mixed()
        small()
        check.finish()


def flat_limits() -> None:
    a = [i + 1 for i in range(17)]
    check.equal("sixteen 1..16", wide.sixteen(*a[:16]), 1496)
    m = U32_MAX
    check.equal(
        "sixteen max",
        wide.sixteen(m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m),
        m * 136,
    )
    a = [i * 1000 + 7 for i in range(17)]
    check.equal("seventeen in order", wide.seventeen(*a), a)
    check.equal(
        "seventeen max",
        wide.seventeen(m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m),
        [m] * 17,
    )
    f64_min_positive = f64_from_bits(0x0010_0000_0000_0000)
    edges = (
        U8_MAX,
        U64_MAX,
        -1.5,
        f64_min_positive,
        S8_MIN,
        S64_MIN,
        "😀",
        True,
        U16_MAX,
        S16_MIN,
        U32_MAX,
        S32_MIN,
        INF,
        -0.0,
        2**63,
        -1,
    )
    check.equal("sixteen-mixed edges", wide.sixteen_mixed(*edges), edges)
    zeros = (0, 0, 0.0, 0.0, 0, 0, "\0", False, 0, 0, 0, 0, 0.0, 0.0, 0, 0)
    check.equal("sixteen-mixed zeros", wide.sixteen_mixed(*zeros), zeros)


def strings() -> None:
    check.equal(
        "eight-strings",
        wide.eight_strings("a", "bé", "", "😀", "e", "f", "g", "h"),
        "a|bé||😀|e|f|g|h",
    )
    check.equal(
        "eight-strings empty",
        wide.eight_strings("", "", "", "", "", "", "", ""),
        "|||||||",
    )
    nine = ["0", "1é", "", "3😀", "4", "5", "6", "7", "8 last"]
    check.equal("nine-strings in order", wide.nine_strings(*nine), nine)


def mixed() -> None:
    f32_min_positive = f32_from_bits(0x0080_0000)
    some_ok = (
        U8_MAX,
        S16_MIN,
        U32_MAX,
        S64_MIN,
        f32_min_positive,
        -2.5,
        "\U0010ffff",
        True,
        "mixed ✓",
        [0, 1, U16_MAX],
        7,
        Ok(U32_MAX),
        (U8_MAX, S8_MIN),
    )
    check.equal("mixed some ok", wide.mixed(*some_ok), some_ok)
    none_err = (
        0,
        0,
        0,
        0,
        0.0,
        0.0,
        "a",
        False,
        "",
        list[int](),
        None,
        Err("bad"),
        (0, 0),
    )
    check.equal("mixed none err", wide.mixed(*none_err), none_err)
    big = Big(
        U8_MAX,
        U16_MAX,
        U32_MAX,
        U64_MAX,
        S8_MIN,
        S16_MIN,
        S32_MIN,
        S64_MIN,
        0.5,
        -0.25,
        "é",
        True,
        "big ✓",
        bytes([1, 2, 3]),
        "some",
        (42, "tuple"),
    )
    check.equal("big-record", wide.big_record(big), big)


def small() -> None:
    check.equal("one", wide.one(), U64_MAX - 1)
    check.equal("pair swapped", wide.pair(7, 2.5), (2.5, 7))
    check.equal("no-params", wide.no_params(), "nothing in")
    wide.no_results(42, "seen ✓")
    for _ in range(3):
        wide.nothing()
    check.equal("calls", wide.calls(), (42, "seen ✓", 3))
