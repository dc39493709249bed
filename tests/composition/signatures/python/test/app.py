"""`wide`, answered from Python."""

from typing import final

from componentize_py_types import Result
from wit_world import exports
from wit_world.exports.wide import Big

# What `no-results` got last, and how many times `nothing` ran.
last = (0, "")
nothings = 0


@final
class Wide(exports.Wide):
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
    ) -> int:
        args = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15]
        return sum(a * (i + 1) for i, a in enumerate(args))

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
    ) -> list[int]:
        return [
            a0,
            a1,
            a2,
            a3,
            a4,
            a5,
            a6,
            a7,
            a8,
            a9,
            a10,
            a11,
            a12,
            a13,
            a14,
            a15,
            a16,
        ]

    def sixteen_mixed(
        self,
        a: int,
        b: int,
        c: float,
        d: float,
        e: int,
        f: int,
        g: str,
        h: bool,
        i: int,
        j: int,
        k: int,
        l: int,
        m: float,
        n: float,
        o: int,
        p: int,
    ) -> tuple[
        int,
        int,
        float,
        float,
        int,
        int,
        str,
        bool,
        int,
        int,
        int,
        int,
        float,
        float,
        int,
        int,
    ]:
        return (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p)

    def eight_strings(
        self, t0: str, t1: str, t2: str, t3: str, t4: str, t5: str, t6: str, t7: str
    ) -> str:
        return f"{t0}|{t1}|{t2}|{t3}|{t4}|{t5}|{t6}|{t7}"

    def nine_strings(
        self,
        t0: str,
        t1: str,
        t2: str,
        t3: str,
        t4: str,
        t5: str,
        t6: str,
        t7: str,
        t8: str,
    ) -> list[str]:
        return [t0, t1, t2, t3, t4, t5, t6, t7, t8]

    def mixed(
        self,
        a: int,
        b: int,
        c: int,
        d: int,
        e: float,
        f: float,
        g: str,
        h: bool,
        i: str,
        j: list[int],
        k: int | None,
        l: Result[int, str],
        m: tuple[int, int],
    ) -> tuple[
        int,
        int,
        int,
        int,
        float,
        float,
        str,
        bool,
        str,
        list[int],
        int | None,
        Result[int, str],
        tuple[int, int],
    ]:
        return (a, b, c, d, e, f, g, h, i, j, k, l, m)

    def big_record(self, r: Big) -> Big:
        return r

    def one(self) -> int:
        return 2**64 - 2

    def pair(self, a: int, b: float) -> tuple[float, int]:
        return (b, a)

    def no_params(self) -> str:
        return "nothing in"

    def no_results(self, x: int, s: str) -> None:
        global last
        last = (x, s)

    def nothing(self) -> None:
        global nothings
        nothings += 1

    def calls(self) -> tuple[int, str, int]:
        x, s = last
        return (x, s, nothings)
