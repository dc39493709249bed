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
		// The destructor runs (an export) before resource.drop returns.
		Idle()
		t.DropOwn(handle)
		Busy()
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
