{{ marker }}

// Package wit_runtime is the Canonical ABI support of these bindings:
// memory lent to and received from the host, resource handles, and the
// converters of primitive values. It is generated with the bindings (only
// what the world uses), so the module needs nothing from outside.
package wit_runtime

import (
{%- if math %}
	"math"
{%- endif %}
	"runtime"
	"runtime/debug"
	"unsafe"
)

// Pointer is an address in linear memory.
type Pointer = unsafe.Pointer

// ErrDiscriminant is the panic value when the host sends a case, enum
// value or char that does not exist.
const ErrDiscriminant = "bindery: invalid discriminant"

// Add offsets an address.
func Add(p Pointer, offset uintptr) Pointer {
	return unsafe.Add(p, offset)
}

// SlotOf is an address as a flat value.
func SlotOf(p Pointer) uint64 {
	return uint64(uintptr(p))
}

// PointerAt is the address held by a flat value.
func PointerAt(slot uint64) Pointer {
	return unsafe.Add(nil, uintptr(uint32(slot)))
}

// ready is set once package initialisation has run: from then on memory
// comes from the Go heap.
var ready bool

func init() {
	ready = true
}

// bootstrap is memory that is never freed or reused: the WASI adapter's
// state (about 100 KiB, allocated while the Go runtime starts, before Go
// can allocate) and anything the host asks for before then.
var bootstrap [bootstrapSize]byte

const bootstrapSize = 256 << 10

var bootstrapUsed uintptr

// hostAllocations keeps the memory the host asked for (arguments of an
// export, results of an import) reachable until it has been lifted into
// Go values; ReleaseHostAllocations lets the collector have it.
var hostAllocations []Pointer

// allocate returns zeroed Go memory aligned to 8 bytes. Its words hold no
// Go pointers the collector must follow: whatever it points to is kept
// alive by a Call or by hostAllocations.
func allocate(size uintptr) Pointer {
	return Pointer(unsafe.SliceData(make([]uint64, (size+7)/8)))
}

// bootstrapAllocate serves from the bootstrap arena. It runs before the
// Go runtime has started, so it must not allocate, grow the stack or
// print.
//
//go:nosplit
func bootstrapAllocate(align, size uint32) uint32 {
	start := (bootstrapUsed + uintptr(align) - 1) &^ (uintptr(align) - 1)
	if start+uintptr(size) > bootstrapSize {
		return 0
	}
	bootstrapUsed = start + uintptr(size)
	return uint32(uintptr(Pointer(&bootstrap[start])))
}

// cabiReallocAdapter is the WASI adapter's allocator (wit-component wires
// it to the adapter instead of cabi_realloc): its memory lives forever.
//
//go:wasmexport cabi_realloc_adapter
//go:nosplit
func cabiReallocAdapter(old, oldSize, align, newSize uint32) uint32 {
	return bootstrapAllocate(align, newSize)
}

// The WASI adapter's switch for the monotonic clock: while paused it
// answers from a cached value instead of calling the host.
//
//go:wasmimport wasi_snapshot_preview1 adapter_monotonic_clock_set_paused
func adapterMonotonicClockSetPaused(paused int32)

// cabiRealloc is the Canonical ABI's allocator: memory the host writes
// arguments and results into. It is Go memory, kept alive until lifted.
// A component may not call the host from cabi_realloc, but an allocation
// may start a collection, which reads the monotonic clock: the clock is
// paused meanwhile.
//
//go:wasmexport cabi_realloc
func cabiRealloc(old, oldSize, align, newSize uint32) uint32 {
	if newSize == 0 {
		return 0
	}
	if !ready {
		return bootstrapAllocate(align, newSize)
	}
	adapterMonotonicClockSetPaused(1)
	p := allocate(uintptr(newSize))
	adapterMonotonicClockSetPaused(0)
	hostAllocations = append(hostAllocations, p)
	hostBytes += uintptr(newSize)
	if old != 0 && oldSize != 0 {
		copy(unsafe.Slice((*byte)(p), newSize), unsafe.Slice((*byte)(PointerAt(uint64(old))), min(oldSize, newSize)))
	}
	return uint32(uintptr(p))
}

// gcPercent is the collector's setting while Go code runs.
var gcPercent = 100

// hostBytes counts what cabi_realloc allocated since the last collection.
var hostBytes uintptr

// collectAfter is how much host-written memory may pile up before Busy
// collects: while idle the collector is off, so nothing else would.
const collectAfter = 16 << 20

// Idle is called whenever control goes back to the host (an import is
// called, an export returns). The host may then call cabi_realloc, which
// must not call the host: a garbage collection would (it reads the
// clock), so the collector is off until Busy. Turning it off waits for a
// running collection to finish.
func Idle() {
	if p := debug.SetGCPercent(-1); p >= 0 {
		gcPercent = p
	}
}

// Busy is called when Go code runs again: the collector is back on, and
// collects at once if much host-written memory came in meanwhile.
func Busy() {
	debug.SetGCPercent(gcPercent)
	if hostBytes >= collectAfter {
		hostBytes = 0
		runtime.GC()
	}
}

// ReleaseHostAllocations ends the keep-alive of host-written memory, once
// everything in it has been lifted.
func ReleaseHostAllocations() {
	clear(hostAllocations)
	hostAllocations = hostAllocations[:0]
}

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
	for _, v := range c.borrows {
		v.Drop()
	}
	clear(c.borrows)
	c.borrows = c.borrows[:0]
}

// Release unpins what the call lent to the host.
func (c *Call) Release() {
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
// call), and must leave the collector as it found it.
var depth int

// Enter starts an export: Go code runs again.
func Enter(export string) {
	depth++
	if depth > 1 {
		return
	}
	Busy()
	if OnEnter != nil {
		OnEnter(export)
	}
}

// Leave ends an export: control goes back to the host.
func Leave(export string) {
	if depth > 1 {
		depth--
		return
	}
	if OnLeave != nil {
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
{%- if rt.handles %}

// Handle is the handle of an imported resource; 0 once it has moved on.
type Handle struct {
	value int32
}

// MakeHandle wraps a handle the host gave.
func MakeHandle(value int32) *Handle {
	return &Handle{value}
}

// Use is the handle, which stays owned.
func (h *Handle) Use() int32 {
	if h.value == 0 {
		panic("bindery: use of a dropped or moved resource")
	}
	return h.value
}

// Take is the handle, whose ownership moves to the caller.
func (h *Handle) Take() int32 {
	value := h.Use()
	h.value = 0
	return value
}

// TakeOrNil is the handle, or 0 when it has already moved on.
func (h *Handle) TakeOrNil() int32 {
	value := h.value
	h.value = 0
	return value
}

// Set gives the wrapper a handle again.
func (h *Handle) Set(value int32) {
	h.value = value
}

// DropWhenUnreachable drops an owned handle if its wrapper is collected
// before the program dropped it or passed it on.
func DropWhenUnreachable[T any](value *T, handle *Handle, drop func(int32)) {
	runtime.AddCleanup(value, func(h *Handle) {
		if v := h.TakeOrNil(); v != 0 {
			drop(v)
		}
	}, handle)
}
{%- endif %}
{%- if rt.tables %}

// Table maps the reps of an exported resource to the Go values that
// implement it. A value enters the table when a handle is first made for
// it and leaves when the host has dropped every handle (the destructor).
type Table[T any] struct {
	New     func(rep int32) int32
	DropOwn func(handle int32)
	entries []entry[T]
	free    []int32
	reps    map[*T]int32
}

type entry[T any] struct {
	value *T
	// handles made by resource.new and not yet destroyed.
	live int
	// own handles the guest holds (received from the host).
	held []int32
}

func (t *Table[T]) rep(value *T) int32 {
	if rep, ok := t.reps[value]; ok {
		return rep
	}
	if t.reps == nil {
		t.reps = map[*T]int32{}
	}
	var rep int32
	if n := len(t.free); n > 0 {
		rep = t.free[n-1]
		t.free = t.free[:n-1]
		t.entries[rep-1] = entry[T]{value: value}
	} else {
		t.entries = append(t.entries, entry[T]{value: value})
		rep = int32(len(t.entries))
	}
	t.reps[value] = rep
	return rep
}

// Lower gives ownership of value to the host: a handle the guest holds
// moves on, or a new one is made.
func (t *Table[T]) Lower(value *T) int32 {
	rep := t.rep(value)
	e := &t.entries[rep-1]
	if n := len(e.held); n > 0 {
		handle := e.held[n-1]
		e.held = e.held[:n-1]
		return handle
	}
	e.live++
	return t.New(rep)
}

// LiftOwn is the value behind an own handle the host gave, which the
// guest now holds.
func (t *Table[T]) LiftOwn(handle, rep int32) *T {
	e := &t.entries[rep-1]
	e.held = append(e.held, handle)
	return e.value
}

// Get is the value of a rep.
func (t *Table[T]) Get(rep int32) *T {
	return t.entries[rep-1].value
}

// Drop drops the own handles the guest holds for value.
func (t *Table[T]) Drop(value *T) {
	rep, ok := t.reps[value]
	if !ok {
		return
	}
	for {
		e := &t.entries[rep-1]
		n := len(e.held)
		if n == 0 || e.value != value {
			return
		}
		handle := e.held[n-1]
		e.held = e.held[:n-1]
		t.DropOwn(handle)
	}
}

// Destroy is the destructor: one handle is gone; when none is left the
// value leaves the table and its OnDrop method, if any, runs.
func (t *Table[T]) Destroy(rep int32) {
	e := &t.entries[rep-1]
	e.live--
	if e.live > 0 {
		return
	}
	value := e.value
	delete(t.reps, value)
	t.entries[rep-1] = entry[T]{}
	t.free = append(t.free, rep)
	if d, ok := any(value).(interface{ OnDrop() }); ok {
		d.OnDrop()
	}
}
{%- endif %}
{%- if !prims.is_empty() %}

// PinString lends a string's bytes to the host in place.
func (c *Call) PinString(v string) uint64 {
	if len(v) == 0 {
		return 0
	}
	p := Pointer(unsafe.StringData(v))
	c.Pin(p)
	return SlotOf(p)
}

// StringAt takes a string from host-written memory in place.
func StringAt(p Pointer, n uint32) string {
	if n == 0 {
		return ""
	}
	return unsafe.String((*byte)(p), n)
}

func checkChar(v uint32) rune {
	if v >= 0x110000 || (v >= 0xd800 && v < 0xe000) {
		panic(ErrDiscriminant)
	}
	return rune(v)
}
{%- endif %}
{%- for p in prims %}{% include "runtime/prim.go" %}{% endfor %}{{ "\n" }}