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
