

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

// idle counts the hand-overs to the host not yet returned from: while it
// is above zero, the host is in control (between exports, during an import
// call) and may call cabi_realloc.
var idle int

// Idle is called whenever control goes to the host (an import is called,
// an export returns). The host may then call cabi_realloc, which must not
// call the host: a garbage collection would (it reads the clock), so the
// collector is off until the matching Busy. Turning it off waits for a
// running collection to finish.
func Idle() {
	if idle == 0 {
		if p := debug.SetGCPercent(-1); p >= 0 {
			gcPercent = p
		}
	}
	idle++
}

// Busy is called when Go code runs again: the collector is back on (once
// every hand-over has returned), and collects at once if much host-written
// memory came in meanwhile.
func Busy() {
	idle--
	if idle > 0 {
		return
	}
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
