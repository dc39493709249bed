// Records and tuples through the host and back. The types package is
// imported as for wit-bindgen, from go.bytecodealliance.org.
package export_test_records_run

import (
	witTypes "go.bytecodealliance.org/pkg/wit/types"
	host "wit_component/test_records_host"
	run "wit_component/test_records_run"
	types "wit_component/test_records_types"
)

func RoundtripInner(r types.Inner) types.Inner { return host.EchoInner(r) }

func RoundtripOuter(r types.Outer) types.Outer { return host.EchoOuter(r) }

func RoundtripMix(r types.Mix) types.Mix { return host.EchoMix(r) }

func RoundtripSingle(r types.Single) types.Single { return host.EchoSingle(r) }

func RoundtripDeep(r types.Deep) types.Deep { return host.EchoDeep(r) }

func RoundtripTuple(t witTypes.Tuple4[uint8, string, []uint32, witTypes.Tuple2[float64, rune]]) (uint8, string, []uint32, witTypes.Tuple2[float64, rune]) {
	return host.EchoTuple(t)
}

func RoundtripRecords(a types.Single, b types.Mix, c types.Inner) (types.Single, types.Mix, types.Inner) {
	return host.EchoRecords(a, b, c)
}

// RoundtripLocal sends the record declared in the exported interface as a
// tuple.
func RoundtripLocal(l run.Local) run.Local {
	count, name := host.EchoPair(witTypes.Tuple2[uint16, string]{F0: l.Count, F1: l.Name})
	return run.Local{Count: count, Name: name}
}

func RoundtripTails(t []types.Tail) []types.Tail { return host.EchoTails(t) }

func RoundtripAligned(t witTypes.Tuple5[uint8, uint64, uint8, uint16, uint8]) (uint8, uint64, uint8, uint16, uint8) {
	return host.EchoAligned(t)
}
