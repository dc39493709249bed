

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
// A component may not call the host from cabi_realloc, and a collection
// that starts or ends here would (stopping and starting the world polls
// for I/O): see holdCollector. The adapter's clock is paused meanwhile, as
// sweeping and the allocator may read it.
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
	holdCollector()
	p := allocate(uintptr(newSize))
	hostAllocations = append(hostAllocations, p)
	adapterMonotonicClockSetPaused(0)
	if old != 0 && oldSize != 0 {
		copy(unsafe.Slice((*byte)(p), newSize), unsafe.Slice((*byte)(PointerAt(uint64(old))), min(oldSize, newSize)))
	}
	return uint32(uintptr(p))
}

// The collector runs as GOGC and GOMEMLIMIT say while Go code runs; the
// bindings touch it only where the host allocates (cabi_realloc), so a
// call that passes no lists or strings in costs nothing here:
//
//   - Idle, when the host takes control (an export returns, an import is
//     called), finishes a collection that is marking: only a collection
//     already running could start its mark termination in cabi_realloc.
//   - holdCollector, in cabi_realloc, turns the collector off (at most
//     once per turn of the host) before allocating, so no collection can
//     start there. With no collection running this does not wait.
//   - Busy, when Go code runs again (an export starts, an import
//     returns), turns it back on as it was.

// writeBarrier is on exactly while a collection marks. The runtime
// publishes it for linkname (go.dev/issue/67401), so no build flag is needed.
//
//go:linkname writeBarrier runtime.writeBarrier
var writeBarrier struct {
	enabled bool
	pad     [3]byte
	alignme uint64
}

// noMemoryLimit is math.MaxInt64, GOMEMLIMIT's "no limit".
const noMemoryLimit = 1<<63 - 1

// gcPercent and memoryLimit are what Busy restores (-1: nothing) once
// cabi_realloc has held the collector (slow's collectorHeld bit) for
// this turn of the host.
var (
	gcPercent   = -1
	memoryLimit = int64(-1)
)

// Idle is called whenever control goes to the host. Inlined: no
// collection is marking, most of the time.
func Idle() {
	if collecting() != 0 {
		finishCollection()
	}
}

// collecting is 1 while a collection marks, else 0: a byte, so that Leave
// can test it together with slow.
func collecting() uint8 {
	return *(*uint8)(unsafe.Pointer(&writeBarrier.enabled))
}

func finishCollection() {
	// Turning the collector off waits for the marking to end.
	debug.SetGCPercent(debug.SetGCPercent(-1))
}

// Busy is called when Go code runs again. Inlined: the collector is held
// only after the host has allocated.
func Busy() {
	if slow&collectorHeld != 0 {
		restoreCollector()
	}
}

func restoreCollector() {
	slow &^= collectorHeld
	if gcPercent >= 0 {
		debug.SetGCPercent(gcPercent)
		gcPercent = -1
	}
	if memoryLimit >= 0 {
		debug.SetMemoryLimit(memoryLimit)
		memoryLimit = -1
	}
}

func holdCollector() {
	if slow&collectorHeld != 0 {
		return
	}
	slow |= collectorHeld
	if p := debug.SetGCPercent(-1); p >= 0 {
		gcPercent = p
	}
	if limit := debug.SetMemoryLimit(-1); limit != noMemoryLimit {
		memoryLimit = debug.SetMemoryLimit(noMemoryLimit)
	}
}

// ReleaseHostAllocations ends the keep-alive of host-written memory, once
// everything in it has been lifted.
func ReleaseHostAllocations() {
	clear(hostAllocations)
	hostAllocations = hostAllocations[:0]
}
