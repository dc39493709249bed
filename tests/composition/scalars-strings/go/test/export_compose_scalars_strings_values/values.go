// Package export_compose_scalars_strings_values answers `values` from Go.
package export_compose_scalars_strings_values

import (
	"math"
	"strings"
	"unicode/utf8"
)

func EchoBool(x bool) bool       { return x }
func EchoU8(x uint8) uint8       { return x }
func EchoS8(x int8) int8         { return x }
func EchoU16(x uint16) uint16    { return x }
func EchoS16(x int16) int16      { return x }
func EchoU32(x uint32) uint32    { return x }
func EchoS32(x int32) int32      { return x }
func EchoU64(x uint64) uint64    { return x }
func EchoS64(x int64) int64      { return x }
func EchoF32(x float32) float32  { return x }
func EchoF64(x float64) float64  { return x }
func EchoChar(x rune) rune       { return x }
func EchoString(x string) string { return x }

func Extremes() (uint8, int8, uint16, int16, uint32, int32, uint64, int64) {
	return math.MaxUint8, math.MinInt8, math.MaxUint16, math.MinInt16,
		math.MaxUint32, math.MinInt32, math.MaxUint64, math.MinInt64
}

func AddU64(a uint64, b uint64) uint64 { return a + b }
func NegateS64(x int64) int64          { return -x }

func F32Bits(x float32) uint32         { return math.Float32bits(x) }
func F64Bits(x float64) uint64         { return math.Float64bits(x) }
func F32FromBits(bits uint32) float32  { return math.Float32frombits(bits) }
func F64FromBits(bits uint64) float64  { return math.Float64frombits(bits) }
func CharCode(c rune) uint32           { return uint32(c) }
func CharFromCode(code uint32) rune    { return rune(code) }
func Repeat(s string, n uint32) string { return strings.Repeat(s, int(n)) }
func Concat(a string, b string) string { return a + b }

func Measure(s string) (uint32, uint32) {
	return uint32(len(s)), uint32(utf8.RuneCountInString(s))
}
