// Package export_compose_records_variants_shapes answers `shapes` from Go.
package export_compose_records_variants_shapes

import (
	"math"

	shapes "wit_component/compose_records_variants_shapes"
	"wit_component/wit_types"
)

type (
	unit     = wit_types.Unit
	deepItem = wit_types.Option[wit_types.Result[wit_types.Tuple2[uint8, string], []shapes.Shape]]
)

func EchoScalars(s shapes.Scalars) shapes.Scalars                    { return s }
func EchoPerson(p shapes.Person) shapes.Person                       { return p }
func EchoTeam(t shapes.Team) shapes.Team                             { return t }
func EchoColor(c shapes.Color) shapes.Color                          { return c }
func EchoPermissions(p shapes.Permissions) shapes.Permissions        { return p }
func EchoFeatures(f shapes.Features) shapes.Features                 { return f }
func EchoShape(s shapes.Shape) shapes.Shape                          { return s }
func EchoJoined(j shapes.Joined) shapes.Joined                       { return j }
func EchoOuter(o shapes.Outer) shapes.Outer                          { return o }
func EchoOption(o wit_types.Option[uint32]) wit_types.Option[uint32] { return o }
func EchoDeep(d []deepItem) []deepItem                               { return d }

func EchoNestedOption(o wit_types.Option[wit_types.Option[string]]) wit_types.Option[wit_types.Option[string]] {
	return o
}

func EchoResult(r wit_types.Result[string, shapes.ErrorInfo]) wit_types.Result[string, shapes.ErrorInfo] {
	return r
}

func EchoBareResults(a wit_types.Result[unit, unit], b wit_types.Result[unit, string], c wit_types.Result[uint32, unit]) (wit_types.Result[unit, unit], wit_types.Result[unit, string], wit_types.Result[uint32, unit]) {
	return a, b, c
}

func ShapeKind(s shapes.Shape) string {
	switch s.Tag() {
	case shapes.ShapePoint:
		return "point"
	case shapes.ShapeCircle:
		return "circle"
	case shapes.ShapeRectangle:
		return "rectangle"
	case shapes.ShapePolygon:
		return "polygon"
	default:
		return "named"
	}
}

func NextColor(c shapes.Color) shapes.Color { return (c + 1) % 3 }

func Union(a shapes.Features, b shapes.Features) shapes.Features { return a | b }

func Parse(s string) wit_types.Result[uint32, shapes.ParseError] {
	if s == "" {
		return wit_types.Err[uint32](shapes.MakeParseErrorEmpty())
	}
	var value uint64
	var index uint32
	for _, c := range s {
		if c < '0' || c > '9' {
			return wit_types.Err[uint32](shapes.MakeParseErrorBadChar(wit_types.Tuple2[uint32, rune]{F0: index, F1: c}))
		}
		value = value*10 + uint64(c-'0')
		if value > math.MaxUint32 {
			return wit_types.Err[uint32](shapes.MakeParseErrorOverflow(s))
		}
		index++
	}
	return wit_types.Ok[uint32, shapes.ParseError](uint32(value))
}

func Validate(p shapes.Person) wit_types.Result[unit, []string] {
	var problems []string
	if p.Name == "" {
		problems = append(problems, "name is empty")
	}
	if p.Age > 150 {
		problems = append(problems, "age is over 150")
	}
	if len(p.Tags) == 0 {
		problems = append(problems, "no tags")
	}
	if problems != nil {
		return wit_types.Err[unit](problems)
	}
	return wit_types.Ok[unit, []string](unit{})
}

func Fetch(key string) wit_types.Result[string, shapes.ErrorInfo] {
	if key == "present" {
		return wit_types.Ok[string, shapes.ErrorInfo]("here")
	}
	return wit_types.Err[string](shapes.ErrorInfo{Code: 404, Message: "not found: " + key})
}

func Oldest(t shapes.Team) shapes.Person {
	oldest := t.Lead
	for _, member := range t.Members {
		if member.Age > oldest.Age {
			oldest = member
		}
	}
	return oldest
}

func FirstSome(l []wit_types.Option[string]) wit_types.Option[string] {
	for _, o := range l {
		if o.IsSome() {
			return o
		}
	}
	return wit_types.None[string]()
}
