// Signatures at the flattening limits, through the host and back.
package export_test_signatures_run

import (
	host "wit_component/test_signatures_host"
	"wit_component/wit_types"
)

func Sixteen(a0 uint32, a1 uint32, a2 uint32, a3 uint32, a4 uint32, a5 uint32, a6 uint32, a7 uint32, a8 uint32, a9 uint32, a10 uint32, a11 uint32, a12 uint32, a13 uint32, a14 uint32, a15 uint32) (uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32) {
	return host.Sixteen(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15)
}

func Seventeen(a0 uint32, a1 uint32, a2 uint32, a3 uint32, a4 uint32, a5 uint32, a6 uint32, a7 uint32, a8 uint32, a9 uint32, a10 uint32, a11 uint32, a12 uint32, a13 uint32, a14 uint32, a15 uint32, a16 uint32) (uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32, uint32) {
	return host.Seventeen(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16)
}

func Mixed(a uint8, b uint16, c uint32, d uint64, e int8, f int16, g int32, h int64, i float32, j float64, k rune, l bool, m string, n []uint8, o wit_types.Option[uint32], p string) (uint8, uint16, uint32, uint64, int8, int16, int32, int64, float32, float64, rune, bool, string, []uint8, wit_types.Option[uint32], string) {
	return host.Mixed(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p)
}

func OneResult() uint64 { return host.OneResult() }

func Pair(a uint32, b float64) (uint32, float64) { return host.Pair(a, b) }

func NoParams() string { return host.NoParams() }

// NoResults calls the host's functions without results, then answers itself.
func NoResults(x uint32, s string) (uint32, string) {
	host.NoResults(x, s)
	host.Nothing()
	return x, s
}

func Nothing() {}
