// Package export_compose_resources_counters owns `counters` in Go. Each
// counter's OnDrop records its label; owned handles received and not
// passed on are dropped explicitly, as with wit-bindgen's Go bindings.
package export_compose_resources_counters

import (
	"fmt"

	"wit_component/wit_types"
)

var (
	live      uint32
	destroyed []string
)

// Counter is a labelled value.
type Counter struct {
	label string
	value int64
}

// Bag keeps counters until they are taken out or it is dropped.
type Bag struct {
	counters []*Counter
}

func newCounter(label string, value int64) *Counter {
	live++
	return &Counter{label: label, value: value}
}

// OnDrop runs once the last handle to the counter is gone.
func (self *Counter) OnDrop() {
	live--
	destroyed = append(destroyed, self.label)
}

func MakeCounter(label string, start int64) *Counter { return newCounter(label, start) }
func (self *Counter) Get() int64                     { return self.value }
func (self *Counter) Add(by int64)                   { self.value += by }
func (self *Counter) Label() string                  { return self.label }
func (self *Counter) Split(label string) *Counter    { return newCounter(label, self.value) }

func CounterFromValues(label string, values []int64) *Counter {
	var sum int64
	for _, v := range values {
		sum += v
	}
	return newCounter(label, sum)
}

// CounterMerge adds b to a in a new counter; b was moved in and is dropped.
func CounterMerge(a *Counter, b *Counter) *Counter {
	merged := newCounter(a.label+"+"+b.label, a.value+b.value)
	b.Drop()
	return merged
}

func MakeBag() *Bag { return &Bag{} }

// OnDrop drops the counters still in the bag.
func (self *Bag) OnDrop() {
	for _, c := range self.counters {
		c.Drop()
	}
	self.counters = nil
}

func (self *Bag) Put(c *Counter) { self.counters = append(self.counters, c) }

func (self *Bag) Take() wit_types.Option[*Counter] {
	if len(self.counters) == 0 {
		return wit_types.None[*Counter]()
	}
	last := self.counters[len(self.counters)-1]
	self.counters = self.counters[:len(self.counters)-1]
	return wit_types.Some(last)
}

func (self *Bag) Size() uint32 { return uint32(len(self.counters)) }

func (self *Bag) Total() int64 {
	var total int64
	for _, c := range self.counters {
		total += c.value
	}
	return total
}

func MakeHolder(name string, start int64) Holder {
	return Holder{
		Name:    name,
		Counter: newCounter(name, start),
		Spare:   wit_types.Some(newCounter(name+"-spare", start+1)),
	}
}

func OpenHolder(h Holder) int64 {
	total := h.Counter.value
	h.Counter.Drop()
	if h.Spare.IsSome() {
		total += h.Spare.Some().value
		h.Spare.Some().Drop()
	}
	return total
}

func Peek(c *Counter) int64 { return c.value }

func SumBorrowed(cs []*Counter) int64 {
	var sum int64
	for _, c := range cs {
		sum += c.value
	}
	return sum
}

func Consume(c *Counter) int64 {
	value := c.value
	c.Drop()
	return value
}

func Pass(c *Counter) *Counter { return c }

func MakeMany(starts []int64) []*Counter {
	out := make([]*Counter, len(starts))
	for i, start := range starts {
		out[i] = newCounter(fmt.Sprintf("many-%d", i), start)
	}
	return out
}

func Maybe(start wit_types.Option[int64]) wit_types.Option[*Counter] {
	if start.IsNone() {
		return wit_types.None[*Counter]()
	}
	return wit_types.Some(newCounter("maybe", start.Some()))
}

func TryMake(start int64) wit_types.Result[*Counter, string] {
	if start < 0 {
		return wit_types.Err[*Counter](fmt.Sprintf("negative start: %d", start))
	}
	return wit_types.Ok[*Counter, string](newCounter("tried", start))
}

func Live() uint32 { return live }

func Dropped() []string {
	out := destroyed
	destroyed = nil
	return out
}
