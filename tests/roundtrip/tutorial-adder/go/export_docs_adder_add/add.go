// The book's adder, as a Go guest writes it for wit-bindgen's Go bindings.
package export_docs_adder_add

// Add wraps around like every u32 addition in Go.
func Add(x uint32, y uint32) uint32 {
	return x + y
}
