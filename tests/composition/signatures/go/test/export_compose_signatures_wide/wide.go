// Package export_compose_signatures_wide answers `wide` from Go.
package export_compose_signatures_wide

import (
	"math"
	"strings"

	wide "wit_component/compose_signatures_wide"
	"wit_component/wit_types"
)

var (
	lastX    uint32
	lastS    string
	nothings uint32
)

func Sixteen(a0 uint32, a1 uint32, a2 uint32, a3 uint32, a4 uint32, a5 uint32, a6 uint32, a7 uint32, a8 uint32, a9 uint32, a10 uint32, a11 uint32, a12 uint32, a13 uint32, a14 uint32, a15 uint32) uint64 {
	var sum uint64
	for i, a := range []uint32{a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15} {
		sum += uint64(a) * uint64(i+1)
	}
	return sum
}

func Seventeen(a0 uint32, a1 uint32, a2 uint32, a3 uint32, a4 uint32, a5 uint32, a6 uint32, a7 uint32, a8 uint32, a9 uint32, a10 uint32, a11 uint32, a12 uint32, a13 uint32, a14 uint32, a15 uint32, a16 uint32) []uint32 {
	return []uint32{a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16}
}

func SixteenMixed(a uint8, b uint64, c float32, d float64, e int8, f int64, g rune, h bool, i uint16, j int16, k uint32, l int32, m float32, n float64, o uint64, p int64) (uint8, uint64, float32, float64, int8, int64, rune, bool, uint16, int16, uint32, int32, float32, float64, uint64, int64) {
	return a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p
}

func EightStrings(t0 string, t1 string, t2 string, t3 string, t4 string, t5 string, t6 string, t7 string) string {
	return strings.Join([]string{t0, t1, t2, t3, t4, t5, t6, t7}, "|")
}

func NineStrings(t0 string, t1 string, t2 string, t3 string, t4 string, t5 string, t6 string, t7 string, t8 string) []string {
	return []string{t0, t1, t2, t3, t4, t5, t6, t7, t8}
}

func Mixed(a uint8, b int16, c uint32, d int64, e float32, f float64, g rune, h bool, i string, j []uint16, k wit_types.Option[uint8], l wit_types.Result[uint32, string], m wit_types.Tuple2[uint8, int8]) (uint8, int16, uint32, int64, float32, float64, rune, bool, string, []uint16, wit_types.Option[uint8], wit_types.Result[uint32, string], wit_types.Tuple2[uint8, int8]) {
	return a, b, c, d, e, f, g, h, i, j, k, l, m
}

func BigRecord(r wide.Big) wide.Big { return r }

func One() uint64 { return math.MaxUint64 - 1 }

func Pair(a uint32, b float64) (float64, uint32) { return b, a }

func NoParams() string { return "nothing in" }

func NoResults(x uint32, s string) {
	lastX, lastS = x, s
}

func Nothing() { nothings++ }

func Calls() (uint32, string, uint32) { return lastX, lastS, nothings }
