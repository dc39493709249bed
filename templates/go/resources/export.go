

//go:wasmimport {{ module }} {{ new }}
func wasm_resource_new_{{ raw }}(rep int32) int32

//go:wasmimport {{ module }} {{ rep }}
func wasm_resource_rep_{{ raw }}(handle int32) int32

//go:wasmimport {{ module }} {{ drop }}
func wasm_resource_drop_{{ raw }}(handle int32)

// wit_table_{{ raw }} maps reps to the {{ name }} values the host holds handles to.
var wit_table_{{ raw }} = wit_runtime.Table[{{ name }}]{New: wasm_resource_new_{{ raw }}, DropOwn: wasm_resource_drop_{{ raw }}}

//go:wasmexport {{ dtor }}
func wasm_resource_dtor_{{ raw }}(rep int32) {
	wit_runtime.EnterDestructor("{{ dtor }}")
	wit_table_{{ raw }}.Destroy(rep)
	wit_runtime.LeaveDestructor("{{ dtor }}")
}

// TakeHandle gives ownership of the value to the host (a handle the
// component holds moves on, or a new one is made).
func (self *{{ name }}) TakeHandle() int32 {
	return wit_table_{{ raw }}.Lower(self)
}

// Drop drops the handles the component holds for the value; the
// destructor (and OnDrop) runs when no handle is left.
func (self *{{ name }}) Drop() {
	wit_table_{{ raw }}.Drop(self)
}

// {{ from_own }} is the value behind an owned handle the host gave.
func {{ from_own }}(handle int32) *{{ name }} {
	return wit_table_{{ raw }}.LiftOwn(handle, wasm_resource_rep_{{ raw }}(handle))
}

// {{ from_borrow }} is the value behind a borrowed rep.
func {{ from_borrow }}(rep int32) *{{ name }} {
	return wit_table_{{ raw }}.Get(rep)
}
