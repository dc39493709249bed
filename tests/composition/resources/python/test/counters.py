"""The resources of the exported interface `counters`: each counter's
destructor (`__del__`, run when componentize-py releases the object after
the last handle is dropped) records its label."""

from typing import Self, final

from wit_world.exports import counters

# Counters constructed minus counters destroyed, and the labels destroyed
# since `dropped` was last called.
live = 0
dropped: list[str] = []


@final
class Counter(counters.Counter):
    def __init__(self, label: str, start: int) -> None:
        global live
        self._label = label
        self._value = start
        live += 1

    def __del__(self) -> None:
        global live
        live -= 1
        dropped.append(self._label)

    def get(self) -> int:
        return self._value

    def add(self, by: int) -> None:
        self._value += by

    def label(self) -> str:
        return self._label

    @classmethod
    def from_values(cls, label: str, values: list[int]) -> Self:
        return cls(label, sum(values))

    @classmethod
    def merge(cls, a: Self, b: Self) -> Self:
        # `b` is moved in: the last reference goes when this returns.
        return cls(f"{a.label()}+{b.label()}", a.get() + b.get())

    def split(self, label: str) -> Self:
        return type(self)(label, self._value)


@final
class Bag(counters.Bag):
    def __init__(self) -> None:
        self._counters: list[counters.Counter] = []

    def put(self, c: counters.Counter) -> None:
        self._counters.append(c)

    def take(self) -> counters.Counter | None:
        return self._counters.pop() if self._counters else None

    def size(self) -> int:
        return len(self._counters)

    def total(self) -> int:
        return sum(c.get() for c in self._counters)
