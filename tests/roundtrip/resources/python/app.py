"""A gadget resource implemented by the guest (in `run.py`), and the
host's counter used every way the world allows.

Imported resources are dropped by `with` (`__exit__`) where the guest
means to drop them, or when CPython frees the object."""

from typing import final

from componentize_py_types import Err
from run import Gadget
from wit_world import exports
from wit_world.exports import run
from wit_world.imports import host


@final
class Run(exports.Run):
    def live_gadgets(self) -> int:
        return Gadget.live

    def pass_gadget(self, g: run.Gadget) -> run.Gadget:
        return g

    def gadget_label(self, g: run.Gadget) -> str:
        return g.label()

    def new_counter(self, start: int) -> host.Counter:
        return host.Counter(start)

    def make_counter(self, start: int) -> host.Counter:
        return host.Counter.make(start)

    def read_counter(self, c: host.Counter) -> tuple[int, int]:
        return c.get(), host.peek(c)

    def bump_counter(self, c: host.Counter, by: int) -> None:
        c.set(c.get() + by)

    def consume_counter(self, c: host.Counter) -> int:
        return host.consume(c)

    def drop_counter(self, c: host.Counter) -> None:
        with c:
            pass

    def return_counter(self, c: host.Counter) -> host.Counter:
        return c

    def scratch_counter(self, start: int) -> int:
        with host.Counter(start) as c:
            return c.get()

    def sum_counters(self, cs: list[host.Counter]) -> int:
        total = 0
        for c in cs:
            with c:
                total += c.get()
        return total

    def make_counters(self, starts: list[int]) -> list[host.Counter]:
        return [host.Counter(start) for start in starts]

    def maybe_gadget(self, label: str) -> run.Gadget | None:
        return Gadget(label) if label else None

    def labels(self, gs: list[run.Gadget]) -> list[str]:
        return [g.label() for g in gs]

    def peek_all(self, cs: list[host.Counter]) -> list[int]:
        return [host.peek(c) for c in cs]

    def pack_counter(self, label: str, start: int) -> run.Pack:
        return run.Pack(label=label, counter=host.Counter(start))

    def unpack(self, p: run.Pack) -> tuple[str, int]:
        with p.counter as c:
            return p.label, c.get()

    def try_gadget(self, label: str) -> run.Gadget:
        if not label:
            raise Err("empty label")
        return Gadget(label)
