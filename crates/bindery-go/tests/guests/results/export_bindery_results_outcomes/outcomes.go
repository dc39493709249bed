// Written as wit-bindgen's Go users write it: the types package imported
// from go.bytecodealliance.org under a name of the guest's choosing.
package export_bindery_results_outcomes

import (
	witTypes "go.bytecodealliance.org/pkg/wit/types"
	outcomes "wit_component/bindery_results_outcomes"
)

func Bare() witTypes.Result[witTypes.Unit, witTypes.Unit] {
	return outcomes.Bare()
}

func OkOnly(x uint32) witTypes.Result[uint32, witTypes.Unit] {
	if x == 0 {
		return witTypes.Err[uint32](witTypes.Unit{})
	}
	return witTypes.Ok[uint32, witTypes.Unit](x)
}

func ErrOnly(x uint32) witTypes.Result[witTypes.Unit, outcomes.ErrorCode] {
	return outcomes.ErrOnly(x)
}

func Both(x string) witTypes.Result[string, outcomes.Failure] {
	r := outcomes.Both(x)
	if r.IsErr() {
		return witTypes.Err[string](r.Err())
	}
	return witTypes.Ok[string, outcomes.Failure](r.Ok())
}

func Joined(x float32) witTypes.Result[float32, uint64] {
	switch r := outcomes.Joined(x); r.Tag() {
	case witTypes.ResultOk:
		return witTypes.Ok[float32, uint64](r.Ok())
	case witTypes.ResultErr:
		return witTypes.Err[float32](r.Err())
	default:
		panic("unreachable")
	}
}

func Nested(x witTypes.Result[witTypes.Result[uint8, string], witTypes.Option[string]]) witTypes.Result[witTypes.Result[uint8, string], witTypes.Option[string]] {
	return outcomes.Nested(x)
}

func AsParam(a witTypes.Result[witTypes.Unit, witTypes.Unit], b witTypes.Result[uint32, witTypes.Unit], c witTypes.Result[witTypes.Unit, outcomes.ErrorCode], d witTypes.Result[string, outcomes.Failure]) {
	outcomes.AsParam(a, b, c, d)
}
