// Written as wit-bindgen's Go users write it: the types package dot-imported
// from go.bytecodealliance.org, values passed on to the imports unchanged.
package export_bindery_options_maybe

import (
	. "go.bytecodealliance.org/pkg/wit/types"
	maybe "wit_component/bindery_options_maybe"
)

func TakeU8(x Option[uint8]) Option[uint8] {
	switch x.Tag() {
	case OptionSome:
		return Some[uint8](x.Some() + 1)
	case OptionNone:
		return None[uint8]()
	default:
		panic("unreachable")
	}
}

func TakeU64(x Option[uint64]) Option[uint64] {
	return maybe.TakeU64(x)
}

func TakeF64(x Option[float64]) Option[float64] {
	if x.IsNone() {
		return None[float64]()
	}
	return Some(x.SomeOr(0) * 2)
}

func TakeString(x Option[string]) Option[string] {
	return maybe.TakeString(x)
}

func TakePoint(x Option[maybe.Point]) Option[maybe.Point] {
	return maybe.TakePoint(x)
}

func TakeNested(x Option[Option[uint32]]) Option[Option[uint32]] {
	return maybe.TakeNested(x)
}

func TakeNestedString(x Option[Option[string]]) Option[Option[string]] {
	if x.IsSome() && x.Some().IsSome() {
		return Some(Some(x.Some().Some() + "!"))
	}
	return x
}

func TakeList(x Option[[]Option[string]]) []Option[uint8] {
	out := []Option[uint8]{}
	for _, s := range x.SomeOr(nil) {
		out = append(out, Some(uint8(len(s.SomeOr("")))))
	}
	return out
}
