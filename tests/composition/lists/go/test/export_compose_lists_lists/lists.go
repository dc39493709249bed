// Package export_compose_lists_lists answers `lists` from Go.
package export_compose_lists_lists

import (
	lists "wit_component/compose_lists_lists"
	"wit_component/wit_types"
)

func EchoBytes(l []uint8) []uint8                                         { return l }
func EchoU16s(l []uint16) []uint16                                        { return l }
func EchoS32s(l []int32) []int32                                          { return l }
func EchoU64s(l []uint64) []uint64                                        { return l }
func EchoF32s(l []float32) []float32                                      { return l }
func EchoF64s(l []float64) []float64                                      { return l }
func EchoBools(l []bool) []bool                                           { return l }
func EchoChars(l []rune) []rune                                           { return l }
func EchoStrings(l []string) []string                                     { return l }
func EchoNested(l [][]string) [][]string                                  { return l }
func EchoPoints(l []lists.Point) []lists.Point                            { return l }
func EchoOptions(l []wit_types.Option[uint32]) []wit_types.Option[uint32] { return l }

func EchoPairs(l []wit_types.Tuple2[uint8, string]) []wit_types.Tuple2[uint8, string] {
	return l
}

func SumBytes(l []uint8) (uint64, uint32) {
	var sum uint64
	for _, b := range l {
		sum += uint64(b)
	}
	return sum, uint32(len(l))
}

func SumU64s(l []uint64) uint64 {
	var sum uint64
	for _, x := range l {
		sum += x
	}
	return sum
}

func Range(n uint32) []uint32 {
	out := make([]uint32, n)
	for i := range out {
		out[i] = uint32(i)
	}
	return out
}

func ReverseStrings(l []string) []string {
	out := make([]string, len(l))
	for i, s := range l {
		out[len(l)-1-i] = s
	}
	return out
}

func Lengths(l [][]string) []uint32 {
	out := make([]uint32, len(l))
	for i, inner := range l {
		out[i] = uint32(len(inner))
	}
	return out
}

func Flatten(l [][]string) []string {
	var out []string
	for _, inner := range l {
		out = append(out, inner...)
	}
	return out
}

func Shift(l []lists.Point, dx int32, dy int32) []lists.Point {
	out := make([]lists.Point, len(l))
	for i, p := range l {
		out[i] = lists.Point{X: p.X + dx, Y: p.Y + dy, Label: p.Label}
	}
	return out
}

func Triangle(s string, n uint32) [][]string {
	out := make([][]string, n)
	for i := range out {
		out[i] = make([]string, i)
		for j := range out[i] {
			out[i][j] = s
		}
	}
	return out
}
