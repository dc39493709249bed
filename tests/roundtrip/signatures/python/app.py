"""Signatures at the ABI's limits, each passed on to the host."""

from typing import final

from wit_world import exports
from wit_world.imports import host


@final
class Run(exports.Run):
    def sixteen(
        self,
        a0: int,
        a1: int,
        a2: int,
        a3: int,
        a4: int,
        a5: int,
        a6: int,
        a7: int,
        a8: int,
        a9: int,
        a10: int,
        a11: int,
        a12: int,
        a13: int,
        a14: int,
        a15: int,
    ) -> tuple[int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int]:
        return host.sixteen(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15)

    def seventeen(
        self,
        a0: int,
        a1: int,
        a2: int,
        a3: int,
        a4: int,
        a5: int,
        a6: int,
        a7: int,
        a8: int,
        a9: int,
        a10: int,
        a11: int,
        a12: int,
        a13: int,
        a14: int,
        a15: int,
        a16: int,
    ) -> tuple[int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int]:
        return host.seventeen(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16)

    def mixed(
        self,
        a: int,
        b: int,
        c: int,
        d: int,
        e: int,
        f: int,
        g: int,
        h: int,
        i: float,
        j: float,
        k: str,
        l: bool,
        m: str,
        n: bytes,
        o: int | None,
        p: str,
    ) -> tuple[
        int, int, int, int, int, int, int, int, float, float, str, bool, str, bytes, int | None, str
    ]:
        return host.mixed(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p)

    def one_result(self) -> int:
        return host.one_result()

    def pair(self, a: int, b: float) -> tuple[int, float]:
        return host.pair(a, b)

    def no_params(self) -> str:
        return host.no_params()

    def no_results(self, x: int, s: str) -> tuple[int, str]:
        host.no_results(x, s)
        host.nothing()
        return x, s

    def nothing(self) -> None:
        host.nothing()
