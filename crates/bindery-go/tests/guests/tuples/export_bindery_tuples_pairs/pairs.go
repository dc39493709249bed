// Written as wit-bindgen's Go users write it: the types package imported
// from go.bytecodealliance.org by its own name, `types`; tuple results are
// several Go results.
package export_bindery_tuples_pairs

import (
	"go.bytecodealliance.org/pkg/wit/types"
	pairs "wit_component/bindery_tuples_pairs"
)

func One(x types.Tuple1[uint32]) uint32 {
	return pairs.One(x)
}

func Mixed(x types.Tuple4[uint8, uint64, uint16, float32]) (uint8, uint64, uint16, float32) {
	return x.F0, x.F1, x.F2, x.F3
}

func WithStrings(x types.Tuple3[string, uint32, string]) (string, uint32, string) {
	a, b, c := pairs.WithStrings(types.Tuple3[string, uint32, string]{F0: x.F2, F1: x.F1, F2: x.F0})
	return a, b, c
}

func Nested(x types.Tuple2[types.Tuple2[uint8, uint8], types.Tuple2[string, types.Tuple1[bool]]]) (types.Tuple2[uint8, uint8], types.Tuple2[string, types.Tuple1[bool]]) {
	return pairs.Nested(x)
}
