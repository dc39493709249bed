"""`counters`, owned by Python (the resources are in `counters.py`)."""

from typing import final

import counters
from componentize_py_types import Err
from wit_world import exports
from wit_world.exports.counters import Counter, Holder


@final
class Counters(exports.Counters):
    def make_holder(self, name: str, start: int) -> Holder:
        spare = counters.Counter(f"{name}-spare", start + 1)
        return Holder(name, counters.Counter(name, start), spare)

    def open_holder(self, h: Holder) -> int:
        spare = 0 if h.spare is None else h.spare.get()
        return h.counter.get() + spare

    def peek(self, c: Counter) -> int:
        return c.get()

    def sum_borrowed(self, cs: list[Counter]) -> int:
        return sum(c.get() for c in cs)

    def consume(self, c: Counter) -> int:
        return c.get()

    def pass_(self, c: Counter) -> Counter:
        return c

    def make_many(self, starts: list[int]) -> list[Counter]:
        return [counters.Counter(f"many-{i}", start) for i, start in enumerate(starts)]

    def maybe(self, start: int | None) -> Counter | None:
        return None if start is None else counters.Counter("maybe", start)

    def try_make(self, start: int) -> Counter:
        if start < 0:
            raise Err(f"negative start: {start}")
        return counters.Counter("tried", start)

    def live(self) -> int:
        return counters.live

    def dropped(self) -> list[str]:
        labels = counters.dropped.copy()
        counters.dropped.clear()
        return labels
