// Variants and enums through the host and back.
package export_test_variants_run

import (
	host "wit_component/test_variants_host"
	types "wit_component/test_variants_types"
	"wit_component/wit_types"
)

func RoundtripShape(v types.Shape) types.Shape { return host.EchoShape(v) }

func RoundtripPayload(v types.Payload) types.Payload { return host.EchoPayload(v) }

func RoundtripComplex(v types.Complex) types.Complex { return host.EchoComplex(v) }

func RoundtripColor(v types.Color) types.Color { return host.EchoColor(v) }

func RoundtripSingleCase(v types.SingleCase) types.SingleCase { return host.EchoSingleCase(v) }

func RoundtripBigEnum(v types.BigEnum) types.BigEnum { return host.EchoBigEnum(v) }

func RoundtripBigVariant(v types.BigVariant) types.BigVariant { return host.EchoBigVariant(v) }

func RoundtripShapes(v []types.Shape) []types.Shape { return host.EchoShapes(v) }

func RoundtripColors(v []types.Color) []types.Color { return host.EchoColors(v) }

func RoundtripFullByte(v types.FullByte) types.FullByte { return host.EchoFullByte(v) }

func RoundtripFullByteVariant(v types.FullByteVariant) types.FullByteVariant {
	return host.EchoFullByteVariant(v)
}

func RoundtripDeep(v []wit_types.Result[wit_types.Option[types.Complex], []types.Shape]) []wit_types.Result[wit_types.Option[types.Complex], []types.Shape] {
	return host.EchoDeep(v)
}
