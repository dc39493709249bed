// Package export_wit_world calls every function of `values` on the test
// component and checks each answer.
package export_wit_world

import (
	"fmt"
	"math"
	"strings"

	"wit_component/check"
	values "wit_component/compose_scalars_strings_values"
)

// piece is 16 UTF-8 bytes, 10 scalar values: 65536 of them make 1 MiB.
const (
	piece  = "abcdefgé✓😀"
	pieces = 65536
)

// Run is the runner's export.
func Run() {
	integers()
	floats()
	chars()
	texts()
	check.Finish()
}

func integers() {
	for _, x := range []bool{true, false} {
		check.Equal(fmt.Sprintf("echo-bool %v", x), values.EchoBool(x), x)
	}
	for _, x := range []uint8{0, 128, math.MaxUint8} {
		check.Equal(fmt.Sprintf("echo-u8 %d", x), values.EchoU8(x), x)
	}
	for _, x := range []int8{math.MinInt8, -1, 0, math.MaxInt8} {
		check.Equal(fmt.Sprintf("echo-s8 %d", x), values.EchoS8(x), x)
	}
	for _, x := range []uint16{0, 32768, math.MaxUint16} {
		check.Equal(fmt.Sprintf("echo-u16 %d", x), values.EchoU16(x), x)
	}
	for _, x := range []int16{math.MinInt16, -1, 0, math.MaxInt16} {
		check.Equal(fmt.Sprintf("echo-s16 %d", x), values.EchoS16(x), x)
	}
	for _, x := range []uint32{0, 1 << 31, math.MaxUint32} {
		check.Equal(fmt.Sprintf("echo-u32 %d", x), values.EchoU32(x), x)
	}
	for _, x := range []int32{math.MinInt32, -1, 0, math.MaxInt32} {
		check.Equal(fmt.Sprintf("echo-s32 %d", x), values.EchoS32(x), x)
	}
	for _, x := range []uint64{0, 1 << 63, math.MaxUint64} {
		check.Equal(fmt.Sprintf("echo-u64 %d", x), values.EchoU64(x), x)
	}
	for _, x := range []int64{math.MinInt64, -1, 0, math.MaxInt64} {
		check.Equal(fmt.Sprintf("echo-s64 %d", x), values.EchoS64(x), x)
	}

	a, b, c, d, e, f, g, h := values.Extremes()
	check.Equal("extremes", []any{a, b, c, d, e, f, g, h}, []any{
		uint8(math.MaxUint8), int8(math.MinInt8), uint16(math.MaxUint16), int16(math.MinInt16),
		uint32(math.MaxUint32), int32(math.MinInt32), uint64(math.MaxUint64), int64(math.MinInt64),
	})
	check.Equal("add-u64 wraps", values.AddU64(math.MaxUint64, 2), 1)
	check.Equal("add-u64 top bit", values.AddU64(1<<63, 1<<63-1), math.MaxUint64)
	check.Equal("negate-s64 max", values.NegateS64(math.MaxInt64), -math.MaxInt64)
	check.Equal("negate-s64 -1", values.NegateS64(-1), 1)
}

func floats() {
	f32s := []float32{0, float32(math.Copysign(0, -1)), 1.5, math.MaxFloat32,
		math.Float32frombits(0x00800000), math.Float32frombits(1),
		float32(math.Inf(1)), float32(math.Inf(-1))}
	for _, x := range f32s {
		back := values.EchoF32(x)
		check.Equal(fmt.Sprintf("echo-f32 %g", x), math.Float32bits(back), math.Float32bits(x))
	}
	check.That("echo-f32 nan", math.IsNaN(float64(values.EchoF32(float32(math.NaN())))), "a NaN back")
	f64s := []float64{0, math.Copysign(0, -1), 1.5, math.MaxFloat64,
		math.Float64frombits(0x0010000000000000), math.Float64frombits(1),
		math.Inf(1), math.Inf(-1)}
	for _, x := range f64s {
		back := values.EchoF64(x)
		check.Equal(fmt.Sprintf("echo-f64 %g", x), math.Float64bits(back), math.Float64bits(x))
	}
	check.That("echo-f64 nan", math.IsNaN(values.EchoF64(math.NaN())), "a NaN back")

	f32Bits := []struct {
		x    float32
		bits uint32
	}{
		{float32(math.Copysign(0, -1)), 0x80000000},
		{1, 0x3f800000},
		{float32(math.Inf(1)), 0x7f800000},
		{math.Float32frombits(1), 1},
	}
	for _, f := range f32Bits {
		check.Equal(fmt.Sprintf("f32-bits %g", f.x), values.F32Bits(f.x), f.bits)
	}
	f64Bits := []struct {
		x    float64
		bits uint64
	}{
		{math.Copysign(0, -1), 0x8000000000000000},
		{1, 0x3ff0000000000000},
		{math.Inf(-1), 0xfff0000000000000},
		{math.Float64frombits(1), 1},
	}
	for _, f := range f64Bits {
		check.Equal(fmt.Sprintf("f64-bits %g", f.x), values.F64Bits(f.x), f.bits)
	}
	for _, bits := range []uint32{0x7f7fffff, 1, 0xff800000} {
		check.Equal(fmt.Sprintf("f32-from-bits %#x", bits), math.Float32bits(values.F32FromBits(bits)), bits)
	}
	for _, bits := range []uint64{0x7fefffffffffffff, 1, 0x8000000000000000} {
		check.Equal(fmt.Sprintf("f64-from-bits %#x", bits), math.Float64bits(values.F64FromBits(bits)), bits)
	}
}

func chars() {
	for _, c := range []rune{0, 'a', 'é', '✓', 0xd7ff, 0xe000, '😀', 0x10ffff} {
		check.Equal(fmt.Sprintf("echo-char %U", c), values.EchoChar(c), c)
	}
	for _, c := range []rune{'é', '😀', 0x10ffff} {
		check.Equal(fmt.Sprintf("char-code %U", c), values.CharCode(c), uint32(c))
	}
	for _, c := range []rune{0, 0xfffd, '😀'} {
		check.Equal(fmt.Sprintf("char-from-code %U", c), values.CharFromCode(uint32(c)), c)
	}
}

func texts() {
	mib := strings.Repeat(piece, pieces)
	echoed := []struct{ what, s string }{
		{"empty", ""},
		{"ascii", "hello"},
		{"escapes", "tab\tnewline\nquote\"backslash\\"},
		{"nul inside", "a\x00b"},
		{"multibyte", "héllo wörld ✓ 😀 𝄞"},
		{"1 MiB", mib},
	}
	for _, e := range echoed {
		check.Equal("echo-string "+e.what, values.EchoString(e.s), e.s)
	}
	measured := []struct {
		what           string
		s              string
		bytes, scalars uint32
	}{
		{"empty", "", 0, 0},
		{"multibyte", "é✓😀", 9, 3},
		{"nul", "\x00", 1, 1},
		{"1 MiB", mib, 1 << 20, 10 * pieces},
	}
	for _, m := range measured {
		bytes, scalars := values.Measure(m.s)
		check.Equal("measure "+m.what, [2]uint32{bytes, scalars}, [2]uint32{m.bytes, m.scalars})
	}
	check.Equal("repeat ab", values.Repeat("ab", 3), "ababab")
	check.Equal("repeat none", values.Repeat("😀", 0), "")
	check.Equal("repeat 1 MiB", values.Repeat(piece, pieces), mib)
	check.Equal("concat empty", values.Concat("", ""), "")
	check.Equal("concat multibyte", values.Concat("héllo ", "wörld 😀"), "héllo wörld 😀")
	check.Equal("concat 1 MiB", values.Concat(mib, "✓"), mib+"✓")
}
