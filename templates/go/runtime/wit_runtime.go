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
}{% include "runtime/memory.go" %}{% include "runtime/call.go" %}{% include "runtime/handles.go" %}{% include "runtime/table.go" %}{% include "runtime/strings.go" %}
{%- for p in prims %}{% include "runtime/prim.go" %}{% endfor %}{{ "\n" }}