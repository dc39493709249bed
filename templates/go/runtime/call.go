

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
// them past the call.
func (c *Call) DropBorrows() {
	if len(c.borrows) == 0 {
		return
	}
	for _, v := range c.borrows {
		v.Drop()
	}
	clear(c.borrows)
	c.borrows = c.borrows[:0]
}

// Release unpins what the call lent to the host.
func (c *Call) Release() {
	if c.pins == 0 {
		return
	}
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

// OnEnter and OnLeave, when set, run as each export (or destructor) starts
// and ends, with its name: a place for leak checks and tracing.
var OnEnter, OnLeave func(export string)

// depth counts the exports running: a destructor can run inside another
// export (when Go code drops a handle, or the host does during an import
// call); the hooks see only the outermost one.
var depth int

// Enter starts an export: Go code runs again.
func Enter(export string) {
	Busy()
	depth++
	if depth == 1 && OnEnter != nil {
		OnEnter(export)
	}
}

// Leave ends an export: control goes back to the host.
func Leave(export string) {
	if depth == 1 && OnLeave != nil {
		OnLeave(export)
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
