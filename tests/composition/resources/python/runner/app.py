"""Uses every function of `counters` on the test component and checks each
answer, and that every handle dropped here (its object freed: `del`, or
the end of a `with` block), or moved to the test and dropped there, reaches
the test's destructor at that moment."""

from typing import final

import check
import wit_world
from componentize_py_types import Err
from wit_world.imports import counters
from wit_world.imports.counters import Bag, Counter


@final
class WitWorld(wit_world.WitWorld):
    def run(self) -> None:
        check.equal("live at start", counters.live(), 0)
        first, merged = counters_and_borrows()
        passed = moves(merged)
        bag(first, passed)
        holders()
        containers()
        check.equal("live at end", counters.live(), 0)
        check.finish()


def dropped_sorted() -> list[str]:
    """The labels destroyed since the last call, sorted: destructors of
    counters dropped together may run in any order."""
    return sorted(counters.dropped())


def counters_and_borrows() -> tuple[Counter, Counter]:
    """Constructor, methods, statics, borrows. Returns `a` (8) and `a+fv`
    (4)."""
    a = Counter("a", 5)
    check.equal("constructor get", a.get(), 5)
    a.add(3)
    check.equal("add", a.get(), 8)
    check.equal("label", a.label(), "a")
    check.equal("live after constructor", counters.live(), 1)

    from_values = Counter.from_values("fv", [1, 2, 3, -10])
    check.equal("from-values", from_values.get(), -4)
    merged = Counter.merge(a, from_values)
    check.equal("merge value", merged.get(), 4)
    check.equal("merge label", merged.label(), "a+fv")
    check.equal("merge dropped the moved counter", counters.dropped(), ["fv"])

    split = a.split("s")
    check.equal("split value", split.get(), 8)
    check.equal("split label", split.label(), "s")
    check.equal("peek borrow", counters.peek(a), 8)
    check.equal("sum-borrowed", counters.sum_borrowed([a, merged, split]), 20)
    check.equal("borrows dropped nothing", counters.dropped(), [])
    check.equal("consume", counters.consume(split), 8)
    check.equal("consume dropped it", counters.dropped(), ["s"])
    check.equal("live after consume", counters.live(), 2)
    return a, merged


def moves(merged: Counter) -> Counter:
    """Own moved across and back, then dropped here."""
    passed = counters.pass_(merged)
    check.equal("pass keeps the counter", passed.get(), 4)
    check.equal("pass dropped nothing", counters.dropped(), [])
    with Counter("scratch", 0):
        pass
    check.equal("runner drop reaches the test", counters.dropped(), ["scratch"])
    return passed


def bag(first: Counter, second: Counter) -> None:
    """Counters moved into a bag, one taken back, the rest dropped with
    it."""
    with Bag() as bag:
        bag.put(first)
        bag.put(second)
        check.equal("bag size", bag.size(), 2)
        check.equal("bag total", bag.total(), 12)
        taken = bag.take()
        if taken is None:
            check.fail("bag take", "expected a counter, got none")
            return
        with taken:
            check.equal("bag take is the last put", taken.label(), "a+fv")
            check.equal("bag size after take", bag.size(), 1)
        check.equal("taken counter dropped", counters.dropped(), ["a+fv"])
    check.equal("bag drop drops its counters", counters.dropped(), ["a"])
    check.equal("live after bag", counters.live(), 0)


def holders() -> None:
    """Counters from the test inside a record, read here and moved back."""
    holder = counters.make_holder("h", 10)
    check.equal("holder name", holder.name, "h")
    check.equal("holder counter", holder.counter.get(), 10)
    spare = holder.spare
    shown = None if spare is None else (spare.label(), spare.get())
    del spare
    check.equal("holder spare", shown, ("h-spare", 11))
    check.equal("live with holder", counters.live(), 2)
    check.equal("open-holder", counters.open_holder(holder), 21)
    check.equal("open-holder dropped both", dropped_sorted(), ["h", "h-spare"])

    kept = counters.make_holder("k", 1)
    del kept
    check.equal("holder dropped here", dropped_sorted(), ["k", "k-spare"])


def containers() -> None:
    """Counters in lists, options and results."""
    many = counters.make_many([1, 2, 3])
    check.equal("make-many", [c.get() for c in many], [1, 2, 3])
    del many
    check.equal("make-many dropped", dropped_sorted(), ["many-0", "many-1", "many-2"])
    some = counters.maybe(9)
    check.equal("maybe some", None if some is None else some.get(), 9)
    check.equal("maybe none", counters.maybe(None), None)
    del some
    with counters.try_make(5) as tried:
        check.equal("try-make ok", tried.get(), 5)
    try:
        counters.try_make(-1)
        check.fail("try-make err", "expected an error, got a counter")
    except Err as e:
        check.equal("try-make err", e.value, "negative start: -1")
    check.equal("option and result dropped", counters.dropped(), ["maybe", "tried"])
