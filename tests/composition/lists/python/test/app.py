"""`lists`, answered from Python."""

import itertools
from typing import final

from wit_world import exports
from wit_world.exports.lists import Point


@final
class Lists(exports.Lists):
    def echo_bytes(self, l: bytes) -> bytes:
        return l

    def echo_u16s(self, l: list[int]) -> list[int]:
        return l

    def echo_s32s(self, l: list[int]) -> list[int]:
        return l

    def echo_u64s(self, l: list[int]) -> list[int]:
        return l

    def echo_f32s(self, l: list[float]) -> list[float]:
        return l

    def echo_f64s(self, l: list[float]) -> list[float]:
        return l

    def echo_bools(self, l: list[bool]) -> list[bool]:
        return l

    def echo_chars(self, l: list[str]) -> list[str]:
        return l

    def echo_strings(self, l: list[str]) -> list[str]:
        return l

    def echo_nested(self, l: list[list[str]]) -> list[list[str]]:
        return l

    def echo_points(self, l: list[Point]) -> list[Point]:
        return l

    def echo_pairs(self, l: list[tuple[int, str]]) -> list[tuple[int, str]]:
        return l

    def echo_options(self, l: list[int | None]) -> list[int | None]:
        return l

    def sum_bytes(self, l: bytes) -> tuple[int, int]:
        return (sum(l), len(l))

    def sum_u64s(self, l: list[int]) -> int:
        return sum(l) % 2**64

    def range(self, n: int) -> list[int]:
        return list(range(n))

    def reverse_strings(self, l: list[str]) -> list[str]:
        return l[::-1]

    def lengths(self, l: list[list[str]]) -> list[int]:
        return [len(inner) for inner in l]

    def flatten(self, l: list[list[str]]) -> list[str]:
        return list(itertools.chain.from_iterable(l))

    def shift(self, l: list[Point], dx: int, dy: int) -> list[Point]:
        return [Point(p.x + dx, p.y + dy, p.label) for p in l]

    def triangle(self, s: str, n: int) -> list[list[str]]:
        return [[s] * i for i in range(n)]
