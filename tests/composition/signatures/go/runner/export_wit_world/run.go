// Package export_wit_world calls every function of `wide` on the test
// component and checks each answer.
package export_wit_world

import (
	"math"

	"wit_component/check"
	wide "wit_component/compose_signatures_wide"
	"wit_component/wit_types"
)

// Run is the runner's export.
func Run() {
	flatLimits()
	texts()
	mixed()
	small()
	check.Finish()
}

// all gathers results into one comparable slice.
func all(values ...any) []any { return values }

func flatLimits() {
	check.Equal("sixteen 1..16", wide.Sixteen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), 1496)
	const m = math.MaxUint32
	check.Equal("sixteen max", wide.Sixteen(m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m), m*136)
	var a [17]uint32
	for i := range a {
		a[i] = uint32(i)*1000 + 7
	}
	check.Equal("seventeen in order", wide.Seventeen(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
		a[10], a[11], a[12], a[13], a[14], a[15], a[16]), a[:])
	maxes := make([]uint32, 17)
	for i := range maxes {
		maxes[i] = m
	}
	check.Equal("seventeen max", wide.Seventeen(m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m, m), maxes)
	edges := all(uint8(math.MaxUint8), uint64(math.MaxUint64), float32(-1.5), math.Float64frombits(0x0010000000000000),
		int8(math.MinInt8), int64(math.MinInt64), '😀', true, uint16(math.MaxUint16), int16(math.MinInt16),
		uint32(math.MaxUint32), int32(math.MinInt32), float32(math.Inf(1)), math.Copysign(0, -1), uint64(1<<63), int64(-1))
	check.Equal("sixteen-mixed edges", all(wide.SixteenMixed(math.MaxUint8, math.MaxUint64, -1.5,
		math.Float64frombits(0x0010000000000000), math.MinInt8, math.MinInt64, '😀', true, math.MaxUint16,
		math.MinInt16, math.MaxUint32, math.MinInt32, float32(math.Inf(1)), math.Copysign(0, -1), 1<<63, -1)), edges)
	zeros := all(uint8(0), uint64(0), float32(0), float64(0), int8(0), int64(0), rune(0), false, uint16(0), int16(0),
		uint32(0), int32(0), float32(0), float64(0), uint64(0), int64(0))
	check.Equal("sixteen-mixed zeros", all(wide.SixteenMixed(0, 0, 0, 0, 0, 0, 0, false, 0, 0, 0, 0, 0, 0, 0, 0)), zeros)
}

func texts() {
	check.Equal("eight-strings", wide.EightStrings("a", "bé", "", "😀", "e", "f", "g", "h"), "a|bé||😀|e|f|g|h")
	check.Equal("eight-strings empty", wide.EightStrings("", "", "", "", "", "", "", ""), "|||||||")
	nine := []string{"0", "1é", "", "3😀", "4", "5", "6", "7", "8 last"}
	check.Equal("nine-strings in order", wide.NineStrings(nine[0], nine[1], nine[2], nine[3], nine[4], nine[5],
		nine[6], nine[7], nine[8]), nine)
}

func mixed() {
	tiny := math.Float32frombits(0x00800000)
	pair := wit_types.Tuple2[uint8, int8]{F0: math.MaxUint8, F1: math.MinInt8}
	check.Equal("mixed some ok", all(wide.Mixed(math.MaxUint8, math.MinInt16, math.MaxUint32, math.MinInt64, tiny,
		-2.5, 0x10ffff, true, "mixed ✓", []uint16{0, 1, math.MaxUint16}, wit_types.Some[uint8](7),
		wit_types.Ok[uint32, string](math.MaxUint32), pair)),
		all(uint8(math.MaxUint8), int16(math.MinInt16), uint32(math.MaxUint32), int64(math.MinInt64), tiny, -2.5,
			rune(0x10ffff), true, "mixed ✓", []uint16{0, 1, math.MaxUint16}, wit_types.Some[uint8](7),
			wit_types.Ok[uint32, string](math.MaxUint32), pair))
	zeros := wit_types.Tuple2[uint8, int8]{}
	check.Equal("mixed none err", all(wide.Mixed(0, 0, 0, 0, 0, 0, 'a', false, "", nil, wit_types.None[uint8](),
		wit_types.Err[uint32]("bad"), zeros)),
		all(uint8(0), int16(0), uint32(0), int64(0), float32(0), float64(0), 'a', false, "", []uint16{},
			wit_types.None[uint8](), wit_types.Err[uint32]("bad"), zeros))
	big := wide.Big{
		A: math.MaxUint8, B: math.MaxUint16, C: math.MaxUint32, D: math.MaxUint64,
		E: math.MinInt8, F: math.MinInt16, G: math.MinInt32, H: math.MinInt64,
		I: 0.5, J: -0.25, K: 'é', L: true, M: "big ✓", N: []uint8{1, 2, 3},
		O: wit_types.Some("some"), P: wit_types.Tuple2[uint32, string]{F0: 42, F1: "tuple"},
	}
	check.Equal("big-record", wide.BigRecord(big), big)
}

func small() {
	check.Equal("one", wide.One(), math.MaxUint64-1)
	check.Equal("pair swapped", all(wide.Pair(7, 2.5)), all(2.5, uint32(7)))
	check.Equal("no-params", wide.NoParams(), "nothing in")
	wide.NoResults(42, "seen ✓")
	for i := 0; i < 3; i++ {
		wide.Nothing()
	}
	check.Equal("calls", all(wide.Calls()), all(uint32(42), "seen ✓", uint32(3)))
}
