// Maps and fixed-length lists through the host and back.
package export_test_maps_fixed_run

import (
	host "wit_component/test_maps_fixed_host"
	types "wit_component/test_maps_fixed_types"
	"wit_component/wit_types"
)

func RoundtripMap(m map[string]uint32) map[string]uint32 { return host.EchoMap(m) }

func RoundtripMapOfLists(m map[uint32][]string) map[uint32][]string {
	return host.EchoMapOfLists(m)
}

func RoundtripMapOfRecords(m map[string]types.Entry) map[string]types.Entry {
	return host.EchoMapOfRecords(m)
}

func RoundtripFixed(l [4]uint8) [4]uint8 { return host.EchoFixed(l) }

func RoundtripFixedStrings(l [3]string) [3]string { return host.EchoFixedStrings(l) }

func RoundtripFixedNested(l [3][2]uint32) [3][2]uint32 { return host.EchoFixedNested(l) }

func RoundtripEntry(e types.Entry) types.Entry { return host.EchoEntry(e) }

// Lookup finds key in the map the host echoes.
func Lookup(m map[string]uint32, key string) wit_types.Option[uint32] {
	if v, ok := host.EchoMap(m)[key]; ok {
		return wit_types.Some(v)
	}
	return wit_types.None[uint32]()
}
