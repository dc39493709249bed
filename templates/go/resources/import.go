

//go:wasmimport {{ drop_module }} {{ drop_name }}
func wasm_resource_drop_{{ raw }}(handle int32)

{% for line in docs %}{{ line }}
{% endfor %}type {{ name }} struct {
	handle *wit_runtime.Handle
}

// TakeHandle gives up the handle: ownership moves to the caller.
func (self *{{ name }}) TakeHandle() int32 {
	return self.handle.Take()
}

// SetHandle gives the value a handle again.
func (self *{{ name }}) SetHandle(handle int32) {
	self.handle.Set(handle)
}

// Handle is the handle, lent for a call.
func (self *{{ name }}) Handle() int32 {
	return self.handle.Use()
}

// Drop drops the resource now; later uses panic.
func (self *{{ name }}) Drop() {
	if handle := self.handle.TakeOrNil(); handle != 0 {
		wasm_resource_drop_{{ raw }}(handle)
	}
}

// {{ from_own }} wraps an owned handle; it is dropped when the value is
// collected if nothing dropped it or passed it on before.
func {{ from_own }}(handle int32) *{{ name }} {
	value := &{{ name }}{wit_runtime.MakeHandle(handle)}
	wit_runtime.DropWhenUnreachable(value, value.handle, wasm_resource_drop_{{ raw }})
	return value
}

// {{ from_borrow }} wraps a borrowed handle.
func {{ from_borrow }}(handle int32) *{{ name }} {
	return &{{ name }}{wit_runtime.MakeHandle(handle)}
}
