// Lists through the host and back.
package export_test_lists_run

import (
	host "wit_component/test_lists_host"
	types "wit_component/test_lists_types"
	"wit_component/wit_types"
)

func RoundtripBytes(l []uint8) []uint8 { return host.EchoBytes(l) }

func RoundtripU64s(l []uint64) []uint64 { return host.EchoU64s(l) }

func RoundtripS16s(l []int16) []int16 { return host.EchoS16s(l) }

func RoundtripF32s(l []float32) []float32 { return host.EchoF32s(l) }

func RoundtripF64s(l []float64) []float64 { return host.EchoF64s(l) }

func RoundtripBools(l []bool) []bool { return host.EchoBools(l) }

func RoundtripChars(l []rune) []rune { return host.EchoChars(l) }

func RoundtripStrings(l []string) []string { return host.EchoStrings(l) }

func RoundtripNested(l [][]string) [][]string { return host.EchoNested(l) }

func RoundtripPoints(l []types.Point) []types.Point { return host.EchoPoints(l) }

func RoundtripOptions(l []wit_types.Option[uint32]) []wit_types.Option[uint32] {
	return host.EchoOptions(l)
}

func RoundtripPairs(l []wit_types.Tuple2[uint8, string]) []wit_types.Tuple2[uint8, string] {
	return host.EchoPairs(l)
}

// Sum adds the bytes the host echoes, and asks the host for its sum too.
func Sum(l []uint8) (uint64, uint64) {
	var mine uint64
	for _, b := range host.EchoBytes(l) {
		mine += uint64(b)
	}
	return mine, host.Sum(l)
}
