// Package export_wit_world calls every function of `lists` on the test
// component and checks each answer.
package export_wit_world

import (
	"fmt"
	"math"

	"wit_component/check"
	lists "wit_component/compose_lists_lists"
	"wit_component/wit_types"
)

const mib = 1 << 20

// Run is the runner's export.
func Run() {
	echoes()
	computed()
	check.Finish()
}

// megabyte is 1 MiB of bytes that are not all alike.
func megabyte() []uint8 {
	bytes := make([]uint8, mib)
	for i := range bytes {
		bytes[i] = uint8(i % 251)
	}
	return bytes
}

func f32Bits(l []float32) []uint32 {
	bits := make([]uint32, len(l))
	for i, x := range l {
		bits[i] = math.Float32bits(x)
	}
	return bits
}

func f64Bits(l []float64) []uint64 {
	bits := make([]uint64, len(l))
	for i, x := range l {
		bits[i] = math.Float64bits(x)
	}
	return bits
}

func echoes() {
	byteLists := []struct {
		what  string
		bytes []uint8
	}{{"empty", []uint8{}}, {"edges", []uint8{0, 1, 127, 128, 255}}, {"1 MiB", megabyte()}}
	for _, b := range byteLists {
		check.Equal("echo-bytes "+b.what, lists.EchoBytes(b.bytes), b.bytes)
	}
	u16s := []uint16{0, 1, 32768, math.MaxUint16}
	check.Equal("echo-u16s", lists.EchoU16s(u16s), u16s)
	s32s := []int32{math.MinInt32, -1, 0, math.MaxInt32}
	check.Equal("echo-s32s", lists.EchoS32s(s32s), s32s)
	u64s := []uint64{0, 1 << 63, math.MaxUint64}
	check.Equal("echo-u64s", lists.EchoU64s(u64s), u64s)
	check.Equal("echo-u64s empty", lists.EchoU64s(nil), []uint64{})
	f32s := []float32{float32(math.Copysign(0, -1)), 1.5, float32(math.Inf(1)), math.Float32frombits(0x00800000)}
	check.Equal("echo-f32s", f32Bits(lists.EchoF32s(f32s)), f32Bits(f32s))
	f64s := []float64{math.Copysign(0, -1), 2.5, math.Inf(-1), math.MaxFloat64}
	check.Equal("echo-f64s", f64Bits(lists.EchoF64s(f64s)), f64Bits(f64s))
	bools := []bool{true, false, false, true, true}
	check.Equal("echo-bools", lists.EchoBools(bools), bools)
	chars := []rune{'a', 'é', '😀', 0x10ffff}
	check.Equal("echo-chars", lists.EchoChars(chars), chars)

	many := make([]string, 1000)
	for i := range many {
		many[i] = fmt.Sprintf("item-%d", i)
	}
	stringLists := []struct {
		what string
		list []string
	}{{"empty", []string{}}, {"multibyte", []string{"", "a", "héllo", "😀😀"}}, {"1000", many}}
	for _, s := range stringLists {
		check.Equal("echo-strings "+s.what, lists.EchoStrings(s.list), s.list)
	}
	nestedLists := []struct {
		what string
		list [][]string
	}{{"empty", [][]string{}}, {"mixed", [][]string{{}, {"a"}, {"", "😀", "x"}}}}
	for _, n := range nestedLists {
		check.Equal("echo-nested "+n.what, lists.EchoNested(n.list), n.list)
	}
	pointLists := []struct {
		what   string
		points []lists.Point
	}{
		{"empty", []lists.Point{}},
		{"edges", []lists.Point{{X: 1, Y: -2, Label: "a"}, {X: math.MinInt32, Y: math.MaxInt32, Label: "é😀"}}},
	}
	for _, p := range pointLists {
		check.Equal("echo-points "+p.what, lists.EchoPoints(p.points), p.points)
	}
	pairs := []wit_types.Tuple2[uint8, string]{{F0: 0, F1: ""}, {F0: 255, F1: "✓"}}
	check.Equal("echo-pairs", lists.EchoPairs(pairs), pairs)
	options := []wit_types.Option[uint32]{
		wit_types.Some[uint32](0), wit_types.None[uint32](), wit_types.Some[uint32](math.MaxUint32), wit_types.None[uint32](),
	}
	check.Equal("echo-options", lists.EchoOptions(options), options)
}

func computed() {
	bytes := megabyte()
	var sum uint64
	for _, b := range bytes {
		sum += uint64(b)
	}
	total, count := lists.SumBytes(bytes)
	check.Equal("sum-bytes 1 MiB", [2]uint64{total, uint64(count)}, [2]uint64{sum, mib})
	total, count = lists.SumBytes(nil)
	check.Equal("sum-bytes empty", [2]uint64{total, uint64(count)}, [2]uint64{0, 0})
	check.Equal("sum-u64s wraps", lists.SumU64s([]uint64{math.MaxUint64, 1, 2}), 2)
	check.Equal("sum-u64s empty", lists.SumU64s(nil), 0)
	check.Equal("range 0", lists.Range(0), []uint32{})
	numbers := make([]uint32, 100000)
	for i := range numbers {
		numbers[i] = uint32(i)
	}
	check.Equal("range 100000", lists.Range(100000), numbers)
	check.Equal("reverse-strings", lists.ReverseStrings([]string{"a", "b😀", "c"}), []string{"c", "b😀", "a"})
	check.Equal("reverse-strings empty", lists.ReverseStrings(nil), []string{})
	check.Equal("lengths", lists.Lengths([][]string{{}, {"a"}, {"b", "c"}}), []uint32{0, 1, 2})
	check.Equal("flatten", lists.Flatten([][]string{{"a"}, {}, {"b", "c"}}), []string{"a", "b", "c"})
	shifted := lists.Shift([]lists.Point{{X: 1, Y: 2, Label: "p"}, {X: -5, Y: 0, Label: "é"}}, 10, -1)
	check.Equal("shift", shifted, []lists.Point{{X: 11, Y: 1, Label: "p"}, {X: 5, Y: -1, Label: "é"}})
	triangle := [][]string{{}, {"ab"}, {"ab", "ab"}, {"ab", "ab", "ab"}}
	check.Equal("triangle 4", lists.Triangle("ab", 4), triangle)
	check.Equal("triangle 0", lists.Triangle("x", 0), [][]string{})
}
