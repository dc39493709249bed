// Options and results through the host and back. The types package is
// imported as for wit-bindgen, from go.bytecodealliance.org.
package export_test_options_results_run

import (
	. "go.bytecodealliance.org/pkg/wit/types"
	host "wit_component/test_options_results_host"
	types "wit_component/test_options_results_types"
)

func RoundtripOptionU32(x Option[uint32]) Option[uint32] { return host.EchoOptionU32(x) }

func RoundtripOptionString(x Option[string]) Option[string] { return host.EchoOptionString(x) }

func RoundtripOptionOption(x Option[Option[uint32]]) Option[Option[uint32]] {
	return host.EchoOptionOption(x)
}

func RoundtripOptionOptionString(x Option[Option[string]]) Option[Option[string]] {
	return host.EchoOptionOptionString(x)
}

func RoundtripOptionList(x Option[[]uint8]) Option[[]uint8] { return host.EchoOptionList(x) }

func RoundtripResult(x Result[string, types.Failure]) Result[string, types.Failure] {
	return host.EchoResult(x)
}

func RoundtripResultNoOk(x Result[Unit, string]) Result[Unit, string] {
	return host.EchoResultNoOk(x)
}

func RoundtripResultNoErr(x Result[uint64, Unit]) Result[uint64, Unit] {
	return host.EchoResultNoErr(x)
}

func RoundtripResultEmpty(x Result[Unit, Unit]) Result[Unit, Unit] {
	return host.EchoResultEmpty(x)
}

func RoundtripResultF64U8(x Result[float64, uint8]) Result[float64, uint8] {
	return host.EchoResultF64U8(x)
}

func RoundtripResultLists(x Result[[]string, []uint8]) Result[[]string, []uint8] {
	return host.EchoResultLists(x)
}

func RoundtripOptionResult(x Option[Result[uint8, string]]) Option[Result[uint8, string]] {
	return host.EchoOptionResult(x)
}

func RoundtripResultOptions(x Result[Option[uint8], Option[string]]) Result[Option[uint8], Option[string]] {
	return host.EchoResultOptions(x)
}

func RoundtripHolder(x types.Holder) types.Holder { return host.EchoHolder(x) }

func RoundtripOptionF32(x Option[float32]) Option[float32] { return host.EchoOptionF32(x) }

func RoundtripOptionF64(x Option[float64]) Option[float64] { return host.EchoOptionF64(x) }

func RoundtripOptionChar(x Option[rune]) Option[rune] { return host.EchoOptionChar(x) }

func RoundtripResultF32S64(x Result[float32, int64]) Result[float32, int64] {
	return host.EchoResultF32S64(x)
}

func RoundtripResultCharF64(x Result[rune, float64]) Result[rune, float64] {
	return host.EchoResultCharF64(x)
}

// ParseDouble doubles what the host parsed, or passes its error on.
func ParseDouble(s string) Result[uint32, types.Failure] {
	parsed := host.Parse(s)
	if parsed.IsErr() {
		return parsed
	}
	return Ok[uint32, types.Failure](parsed.Ok() * 2)
}
