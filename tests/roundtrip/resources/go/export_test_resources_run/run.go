// A gadget resource implemented by the guest, and the host's counter used
// every way the world allows. Owned handles the guest receives and does not
// pass on are dropped explicitly, as with wit-bindgen's Go bindings.
package export_test_resources_run

import (
	host "wit_component/test_resources_host"
	run "wit_component/test_resources_run"
	"wit_component/wit_types"
)

var liveGadgets uint32

// Gadget is the exported resource: a label, and maybe a host counter it
// keeps until it is dropped itself.
type Gadget struct {
	label   string
	counter *host.Counter
}

func labelled(label string) *Gadget {
	liveGadgets++
	return &Gadget{label: label}
}

// OnDrop runs when the host has dropped the gadget's last handle.
func (self *Gadget) OnDrop() {
	liveGadgets--
	if self.counter != nil {
		self.counter.Drop()
		self.counter = nil
	}
}

func MakeGadget(label string) *Gadget { return labelled(label) }

func (self *Gadget) Label() string { return self.label }

func (self *Gadget) Rename(label string) { self.label = label }

// GadgetMerge makes a gadget labelled `a+b`; b was moved in and is dropped.
func GadgetMerge(a *Gadget, b *Gadget) *Gadget {
	merged := labelled(a.label + "+" + b.label)
	b.Drop()
	return merged
}

func (self *Gadget) Attach(c *host.Counter) {
	if self.counter != nil {
		self.counter.Drop()
	}
	self.counter = c
}

func (self *Gadget) Attached() wit_types.Option[uint32] {
	if self.counter == nil {
		return wit_types.None[uint32]()
	}
	return wit_types.Some(self.counter.Get())
}

func LiveGadgets() uint32 { return liveGadgets }

func PassGadget(g *Gadget) *Gadget { return g }

func GadgetLabel(g *Gadget) string { return g.label }

func NewCounter(start uint32) *host.Counter { return host.MakeCounter(start) }

func MakeCounter(start uint32) *host.Counter { return host.CounterMake(start) }

func ReadCounter(c *host.Counter) (uint32, uint32) { return c.Get(), host.Peek(c) }

func BumpCounter(c *host.Counter, by uint32) { c.Set(c.Get() + by) }

func ConsumeCounter(c *host.Counter) uint32 { return host.Consume(c) }

func DropCounter(c *host.Counter) { c.Drop() }

func ReturnCounter(c *host.Counter) *host.Counter { return c }

func ScratchCounter(start uint32) uint32 {
	c := host.MakeCounter(start)
	defer c.Drop()
	return c.Get()
}

func SumCounters(cs []*host.Counter) uint32 {
	var sum uint32
	for _, c := range cs {
		sum += c.Get()
		c.Drop()
	}
	return sum
}

func MakeCounters(starts []uint32) []*host.Counter {
	counters := make([]*host.Counter, len(starts))
	for i, start := range starts {
		counters[i] = host.MakeCounter(start)
	}
	return counters
}

func MaybeGadget(label string) wit_types.Option[*Gadget] {
	if label == "" {
		return wit_types.None[*Gadget]()
	}
	return wit_types.Some(labelled(label))
}

func Labels(gs []*Gadget) []string {
	labels := make([]string, len(gs))
	for i, g := range gs {
		labels[i] = g.label
	}
	return labels
}

func PeekAll(cs []*host.Counter) []uint32 {
	values := make([]uint32, len(cs))
	for i, c := range cs {
		values[i] = host.Peek(c)
	}
	return values
}

func PackCounter(label string, start uint32) run.Pack {
	return run.Pack{Label: label, Counter: host.MakeCounter(start)}
}

func Unpack(p run.Pack) (string, uint32) {
	defer p.Counter.Drop()
	return p.Label, p.Counter.Get()
}

func TryGadget(label string) wit_types.Result[*Gadget, string] {
	if label == "" {
		return wit_types.Err[*Gadget, string]("empty label")
	}
	return wit_types.Ok[*Gadget, string](labelled(label))
}
