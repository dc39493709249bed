// The world-level exports, written as for wit-bindgen: `use test.{thing}`
// in the world names the imported `thing`, which wit_world re-exports.
package export_wit_world

import (
	"wit_component/bindery_world_use_resource_test"
	"wit_component/wit_world"
)

func ToplevelExport(a *wit_world.Thing) *wit_world.Thing {
	return wit_world.ToplevelImport(a)
}

func BorrowExport(a *wit_world.Thing) uint32 {
	// The imported constructor gives the same type.
	var fresh *wit_world.Thing = bindery_world_use_resource_test.MakeThing()
	fresh.Drop()
	return uint32(a.Handle())
}
