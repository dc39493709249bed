

// Call is what one call across the boundary keeps: Go memory lent to the
// host stays pinned (alive and in place) until Release, and handles the
// host lent to an export are dropped when it returns.
type Call struct {
	pinner  runtime.Pinner
	pins    int
	borrows []interface{ Drop() }
}

// pinned counts the pins of every Call, for ReadStats.
var pinned int

// Pin keeps the object at p alive and in place until Release.
func (c *Call) Pin(p Pointer) {
	c.pinner.Pin(p)
	c.pins++
	pinned++
}

// Allocate returns zeroed memory kept until Release.
func (c *Call) Allocate(size, align uintptr) Pointer {
	if size == 0 {
		return nil
	}
	p := allocate(size)
	c.Pin(p)
	return p
}

// Borrow records a handle lent by the host, dropped by DropBorrows.
func (c *Call) Borrow(v interface{ Drop() }) {
	c.borrows = append(c.borrows, v)
}

// DropBorrows gives back every lent handle: a component must not keep
// them past the call. Small enough to inline: the loop is out of line.
func (c *Call) DropBorrows() {
	if len(c.borrows) != 0 {
		c.dropBorrows()
	}
}

func (c *Call) dropBorrows() {
	for _, v := range c.borrows {
		v.Drop()
	}
	clear(c.borrows)
	c.borrows = c.borrows[:0]
}

// Release unpins what the call lent to the host. Small enough to inline:
// a call that lent nothing pays one comparison.
func (c *Call) Release() {
	if c.pins != 0 {
		c.unpin()
	}
}

func (c *Call) unpin() {
	c.pinner.Unpin()
	pinned -= c.pins
	c.pins = 0
}

var exportCall Call

// Stats is what the bindings hold on the host's behalf right now.
type Stats struct {
	// Pinned is how many objects are lent to the host (pinned).
	Pinned int
	// HostAllocations is how many cabi_realloc blocks await lifting.
	HostAllocations int
	// Borrowed is how many handles lent by the host the running export holds.
	Borrowed int
}

// ReadStats reports what is held: between calls everything is zero.
func ReadStats() Stats {
	return Stats{Pinned: pinned, HostAllocations: len(hostAllocations), Borrowed: len(exportCall.borrows)}
}

// The hooks, set by SetHooks.
var onEnter, onLeave func(export string)

// SetHooks sets functions run as each export (or destructor) starts and
// ends, with its name: a place for leak checks and tracing. Nil removes
// a hook.
func SetHooks(enter, leave func(export string)) {
	onEnter, onLeave = enter, leave
	if enter != nil || leave != nil {
		slow |= hooked
	} else {
		slow &^= hooked
	}
}

// The reasons an export's start or end takes its out-of-line path, one
// bit each in slow, so that the common case costs one test.
const (
	// cabi_realloc has turned the collector off: Busy turns it back on.
	collectorHeld uint8 = 1 << iota
	// SetHooks has set a hook.
	hooked
)

var slow uint8

// depth counts the exports running: a destructor can run inside another
// export (when Go code drops a handle, or the host does during an import
// call); the hooks see only the outermost one. Other exports cannot
// nest (the component model does not let the host re-enter a
// component), so they set it rather than count.
var depth int

// Enter starts an export: Go code runs again. It is inlined into every
// export, whose cost when nothing is pending is one store and one test.
func Enter(export string) {
	depth = 1
	if slow != 0 {
		enter(export)
	}
}

func enter(export string) {
	Busy()
	if onEnter != nil {
		onEnter(export)
	}
}

// Leave ends an export: control goes back to the host. Inlined like
// Enter; a collection that is marking (see Idle) is the other reason to
// take the slow path.
func Leave(export string) {
	if slow|collecting() != 0 {
		leave(export)
	}
	depth = 0
}

func leave(export string) {
	if onLeave != nil {
		onLeave(export)
	}
	Idle()
}

// EnterDestructor starts a resource destructor, which may run inside
// another export.
func EnterDestructor(dtor string) {
	depth++
	Busy()
	if depth == 1 && onEnter != nil {
		onEnter(dtor)
	}
}

// LeaveDestructor ends a resource destructor.
func LeaveDestructor(dtor string) {
	if depth == 1 && onLeave != nil {
		onLeave(dtor)
	}
	depth--
	Idle()
}

// ExportCall is the Call of the running export: what its result lends is
// released by the post-return function, after the host has read it.
func ExportCall() *Call {
	return &exportCall
}
{%- if return_words > 0 %}

var exportReturnArea [{{ return_words }}]uint64

// ExportReturnArea is where exports with more than one flat result write it.
func ExportReturnArea() Pointer {
	return Pointer(&exportReturnArea)
}
{%- endif %}
{%- for core in cores %}

// Slot{{ core.suffix }} widens a core {{ core.go }} into a flat slot.
func Slot{{ core.suffix }}(v {{ core.go }}) uint64 {
{%- match core.kind %}
{%- when CoreKind::I32 %}
	return uint64(uint32(v))
{%- when CoreKind::F32 %}
	return uint64(math.Float32bits(v))
{%- when CoreKind::F64 %}
	return math.Float64bits(v)
{%- when _ %}
	return uint64(v)
{%- endmatch %}
}

// Core{{ core.suffix }} narrows a flat slot to a core {{ core.go }}.
func Core{{ core.suffix }}(s uint64) {{ core.go }} {
{%- match core.kind %}
{%- when CoreKind::F32 %}
	return math.Float32frombits(uint32(s))
{%- when CoreKind::F64 %}
	return math.Float64frombits(s)
{%- when _ %}
	return {{ core.go }}(s)
{%- endmatch %}
}
{%- endfor %}
{%- if rt.pin_slice %}

// PinSlice lends a slice of numbers to the host in place.
func PinSlice[T any](c *Call, v []T) uint64 {
	if len(v) == 0 {
		return 0
	}
	p := Pointer(unsafe.SliceData(v))
	c.Pin(p)
	return SlotOf(p)
}
{%- endif %}
{%- if rt.lift_slice %}

// LiftSlice takes a list of numbers from host-written memory in place.
func LiftSlice[T any](s []uint64) []T {
	n := uint32(s[1])
	if n == 0 {
		return []T{}
	}
	return unsafe.Slice((*T)(PointerAt(s[0])), n)
}
{%- endif %}
