// Each export calls the host's echo with its argument and returns what came
// back.
package export_test_scalars_run

import host "wit_component/test_scalars_host"

func RoundtripU8(x uint8) uint8 { return host.EchoU8(x) }

func RoundtripS8(x int8) int8 { return host.EchoS8(x) }

func RoundtripU16(x uint16) uint16 { return host.EchoU16(x) }

func RoundtripS16(x int16) int16 { return host.EchoS16(x) }

func RoundtripU32(x uint32) uint32 { return host.EchoU32(x) }

func RoundtripS32(x int32) int32 { return host.EchoS32(x) }

func RoundtripU64(x uint64) uint64 { return host.EchoU64(x) }

func RoundtripS64(x int64) int64 { return host.EchoS64(x) }

func RoundtripF32(x float32) float32 { return host.EchoF32(x) }

func RoundtripF64(x float64) float64 { return host.EchoF64(x) }

func RoundtripBool(x bool) bool { return host.EchoBool(x) }

func RoundtripChar(x rune) rune { return host.EchoChar(x) }

func RoundtripMix(a uint8, b int16, c uint32, d int64, e float32, f float64, g rune, h bool) (uint8, int16, uint32, int64, float32, float64, rune, bool) {
	return host.EchoMix(a, b, c, d, e, f, g, h)
}

func NextChar(c rune) rune { return host.NextChar(c) }
