"""The exported resources of the interface `run`: componentize-py looks
for them in a top-level module named like the interface's module in
`wit_world.exports`."""

from typing import ClassVar, Self, final

from wit_world.exports import run
from wit_world.imports import host


@final
class Gadget(run.Gadget):
    # Gadgets constructed minus gadgets dropped: componentize-py releases
    # the object when the host drops the last handle, and CPython runs
    # `__del__` then.
    live: ClassVar[int] = 0

    def __init__(self, label: str) -> None:
        self._label = label
        self._counter: host.Counter | None = None
        Gadget.live += 1

    def __del__(self) -> None:
        Gadget.live -= 1

    def label(self) -> str:
        return self._label

    def rename(self, label: str) -> None:
        self._label = label

    @classmethod
    def merge(cls, a: Self, b: Self) -> Self:
        # `b` was moved in: it is dropped when this call lets go of it.
        return cls(f"{a.label()}+{b.label()}")

    def attach(self, c: host.Counter) -> None:
        # The gadget keeps the counter until it is dropped itself.
        self._counter = c

    def attached(self) -> int | None:
        return None if self._counter is None else self._counter.get()
