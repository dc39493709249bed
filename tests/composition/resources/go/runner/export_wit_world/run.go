// Package export_wit_world uses every function of `counters` on the test
// component and checks each answer, and that every handle dropped here,
// or moved to the test and dropped there, reaches the test's destructor
// at that moment.
package export_wit_world

import (
	"sort"

	"wit_component/check"
	counters "wit_component/compose_resources_counters"
	"wit_component/wit_types"
)

// Run is the runner's export.
func Run() {
	check.Equal("live at start", counters.Live(), 0)
	first, merged := countersAndBorrows()
	passed := moves(merged)
	bag(first, passed)
	holders()
	containers()
	check.Equal("live at end", counters.Live(), 0)
	check.Finish()
}

// droppedSorted is what `dropped` reports, sorted: destructors of
// counters dropped together may run in any order.
func droppedSorted() []string {
	labels := counters.Dropped()
	sort.Strings(labels)
	return labels
}

// countersAndBorrows uses the constructor, methods, statics and borrows;
// it returns `a` (8) and `a+fv` (4).
func countersAndBorrows() (*counters.Counter, *counters.Counter) {
	a := counters.MakeCounter("a", 5)
	check.Equal("constructor get", a.Get(), 5)
	a.Add(3)
	check.Equal("add", a.Get(), 8)
	check.Equal("label", a.Label(), "a")
	check.Equal("live after constructor", counters.Live(), 1)

	fromValues := counters.CounterFromValues("fv", []int64{1, 2, 3, -10})
	check.Equal("from-values", fromValues.Get(), -4)
	merged := counters.CounterMerge(a, fromValues)
	check.Equal("merge value", merged.Get(), 4)
	check.Equal("merge label", merged.Label(), "a+fv")
	check.Equal("merge dropped the moved counter", counters.Dropped(), []string{"fv"})

	split := a.Split("s")
	check.Equal("split value", split.Get(), 8)
	check.Equal("split label", split.Label(), "s")
	check.Equal("peek borrow", counters.Peek(a), 8)
	check.Equal("sum-borrowed", counters.SumBorrowed([]*counters.Counter{a, merged, split}), 20)
	check.Equal("borrows dropped nothing", counters.Dropped(), []string{})
	check.Equal("consume", counters.Consume(split), 8)
	check.Equal("consume dropped it", counters.Dropped(), []string{"s"})
	check.Equal("live after consume", counters.Live(), 2)
	return a, merged
}

// moves sends an owned counter across and back, and drops one here.
func moves(merged *counters.Counter) *counters.Counter {
	passed := counters.Pass(merged)
	check.Equal("pass keeps the counter", passed.Get(), 4)
	check.Equal("pass dropped nothing", counters.Dropped(), []string{})
	counters.MakeCounter("scratch", 0).Drop()
	check.Equal("runner drop reaches the test", counters.Dropped(), []string{"scratch"})
	return passed
}

// bag moves counters into a bag, takes one back and drops the rest with it.
func bag(first, second *counters.Counter) {
	bag := counters.MakeBag()
	bag.Put(first)
	bag.Put(second)
	check.Equal("bag size", bag.Size(), 2)
	check.Equal("bag total", bag.Total(), 12)
	taken := bag.Take()
	if taken.IsNone() {
		check.Fail("bag take", "expected a counter, got none")
	}
	check.Equal("bag take is the last put", taken.Some().Label(), "a+fv")
	check.Equal("bag size after take", bag.Size(), 1)
	taken.Some().Drop()
	check.Equal("taken counter dropped", counters.Dropped(), []string{"a+fv"})
	bag.Drop()
	check.Equal("bag drop drops its counters", counters.Dropped(), []string{"a"})
	check.Equal("live after bag", counters.Live(), 0)
}

// holders reads counters the test returned inside a record and moves them back.
func holders() {
	holder := counters.MakeHolder("h", 10)
	check.Equal("holder name", holder.Name, "h")
	check.Equal("holder counter", holder.Counter.Get(), 10)
	spare := holder.Spare.Some()
	check.Equal("holder spare", []any{holder.Spare.IsSome(), spare.Label(), spare.Get()}, []any{true, "h-spare", int64(11)})
	check.Equal("live with holder", counters.Live(), 2)
	check.Equal("open-holder", counters.OpenHolder(holder), 21)
	check.Equal("open-holder dropped both", droppedSorted(), []string{"h", "h-spare"})

	kept := counters.MakeHolder("k", 1)
	kept.Counter.Drop()
	kept.Spare.Some().Drop()
	check.Equal("holder dropped here", droppedSorted(), []string{"k", "k-spare"})
}

// containers gets counters in lists, options and results.
func containers() {
	many := counters.MakeMany([]int64{1, 2, 3})
	values := make([]int64, len(many))
	for i, c := range many {
		values[i] = c.Get()
	}
	check.Equal("make-many", values, []int64{1, 2, 3})
	for _, c := range many {
		c.Drop()
	}
	check.Equal("make-many dropped", droppedSorted(), []string{"many-0", "many-1", "many-2"})

	some := counters.Maybe(wit_types.Some[int64](9))
	check.That("maybe some", some.IsSome() && some.Some().Get() == 9, "some(counter 9)")
	check.That("maybe none", counters.Maybe(wit_types.None[int64]()).IsNone(), "none")
	some.Some().Drop()
	tried := counters.TryMake(5)
	check.That("try-make ok", tried.IsOk() && tried.Ok().Get() == 5, "ok(counter 5)")
	tried.Ok().Drop()
	failed := counters.TryMake(-1)
	check.That("try-make err", failed.IsErr() && failed.Err() == "negative start: -1", `err("negative start: -1")`)
	check.Equal("option and result dropped", counters.Dropped(), []string{"maybe", "tried"})
}
