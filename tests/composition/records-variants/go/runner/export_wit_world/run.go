// Package export_wit_world calls every function of `shapes` on the test
// component and checks each answer.
package export_wit_world

import (
	"fmt"
	"math"

	"wit_component/check"
	shapes "wit_component/compose_records_variants_shapes"
	"wit_component/wit_types"
)

type (
	unit      = wit_types.Unit
	pair      = wit_types.Tuple2[float64, float64]
	deepValue = wit_types.Result[wit_types.Tuple2[uint8, string], []shapes.Shape]
)

// Run is the runner's export.
func Run() {
	records()
	variants()
	optionsResults()
	computed()
	check.Finish()
}

func person(name string, age uint8, email wit_types.Option[string], tags ...string) shapes.Person {
	if tags == nil {
		tags = []string{}
	}
	return shapes.Person{
		Name: name, Age: age, Email: email, Tags: tags,
		Favourite: shapes.ColorBlue, Access: shapes.PermissionsRead | shapes.PermissionsExecute,
	}
}

func none() wit_types.Option[string] { return wit_types.None[string]() }

func team() shapes.Team {
	return shapes.Team{
		Name: "core ✓",
		Lead: person("Ada", 30, wit_types.Some("ada@example.com"), "lead"),
		Members: []shapes.Person{
			person("Grace", 45, none(), "compilers", "navy"),
			person("Edsger", 45, none()),
			person("Barbara", 20, wit_types.Some("b@example.com"), "clu"),
		},
	}
}

var kinds = []string{"point", "circle", "rectangle", "polygon", "named"}

func allShapes() []shapes.Shape {
	return []shapes.Shape{
		shapes.MakeShapePoint(),
		shapes.MakeShapeCircle(1.5),
		shapes.MakeShapeRectangle(pair{F0: 2, F1: -3}),
		shapes.MakeShapePolygon([]pair{{F0: 0, F1: 0}, {F0: 1, F1: 0}, {F0: 0, F1: 1}}),
		shapes.MakeShapeNamed("é😀"),
	}
}

func records() {
	scalars := shapes.Scalars{
		A: math.MaxUint8, B: math.MinInt16, C: math.MaxUint32, D: math.MinInt64,
		E: float32(math.Copysign(0, -1)), F: math.MaxFloat64, G: '😀', H: true,
	}
	check.Equal("echo-scalars", shapes.EchoScalars(scalars), scalars)
	full := person("Ada Lovelace", 36, wit_types.Some("ada@example.com"), "math", "é")
	check.Equal("echo-person full", shapes.EchoPerson(full), full)
	bare := person("", 0, none())
	bare.Favourite = shapes.ColorRed
	bare.Access = 0
	check.Equal("echo-person bare", shapes.EchoPerson(bare), bare)
	t := team()
	check.Equal("echo-team", shapes.EchoTeam(t), t)
	for i, c := range []shapes.Color{shapes.ColorRed, shapes.ColorGreen, shapes.ColorBlue} {
		check.Equal(fmt.Sprintf("echo-color %d", i), shapes.EchoColor(c), c)
	}
	all := shapes.PermissionsRead | shapes.PermissionsWrite | shapes.PermissionsExecute
	for _, p := range []shapes.Permissions{0, all, shapes.PermissionsWrite} {
		check.Equal(fmt.Sprintf("echo-permissions %#x", p), shapes.EchoPermissions(p), p)
	}
	for _, f := range []shapes.Features{0, shapes.FeaturesF0 | shapes.FeaturesF16, 1<<17 - 1} {
		check.Equal(fmt.Sprintf("echo-features %#x", f), shapes.EchoFeatures(f), f)
	}
	inner := func(value wit_types.Option[wit_types.Result[uint32, string]], shape shapes.Shape) shapes.Inner {
		return shapes.Inner{Value: value, Shape: shape}
	}
	outer := shapes.Outer{
		Middle: shapes.Middle{
			Inner: inner(wit_types.Some(wit_types.Ok[uint32, string](7)), shapes.MakeShapeCircle(0.25)),
			More: []shapes.Inner{
				inner(wit_types.None[wit_types.Result[uint32, string]](), shapes.MakeShapePoint()),
				inner(wit_types.Some(wit_types.Err[uint32]("deep ✗")), shapes.MakeShapeNamed("n")),
				inner(wit_types.Some(wit_types.Ok[uint32, string](math.MaxUint32)), shapes.MakeShapePolygon([]pair{})),
			},
		},
		Label: "outer",
		Color: wit_types.Some(shapes.ColorGreen),
	}
	check.Equal("echo-outer", shapes.EchoOuter(outer), outer)
}

func variants() {
	for i, shape := range allShapes() {
		check.Equal("echo-shape "+kinds[i], shapes.EchoShape(shape), shape)
	}
	joined := []struct {
		what  string
		value shapes.Joined
	}{
		{"small", shapes.MakeJoinedSmall(math.MaxUint8)},
		{"large", shapes.MakeJoinedLarge(math.MaxUint64)},
		{"single", shapes.MakeJoinedSingle(-1.5)},
		{"double", shapes.MakeJoinedDouble(math.Float64frombits(0x0010000000000000))},
		{"text", shapes.MakeJoinedText("joined ✓")},
		{"nothing", shapes.MakeJoinedNothing()},
	}
	for _, j := range joined {
		check.Equal("echo-joined "+j.what, shapes.EchoJoined(j.value), j.value)
	}
}

func optionsResults() {
	for _, o := range []wit_types.Option[uint32]{
		wit_types.Some[uint32](0), wit_types.Some[uint32](math.MaxUint32), wit_types.None[uint32](),
	} {
		check.Equal(fmt.Sprintf("echo-option %v", o), shapes.EchoOption(o), o)
	}
	nested := []struct {
		what  string
		value wit_types.Option[wit_types.Option[string]]
	}{
		{"none", wit_types.None[wit_types.Option[string]]()},
		{"some(none)", wit_types.Some(none())},
		{`some(some(""))`, wit_types.Some(wit_types.Some(""))},
		{"some(some(😀))", wit_types.Some(wit_types.Some("😀"))},
	}
	for _, n := range nested {
		check.Equal("echo-nested-option "+n.what, shapes.EchoNestedOption(n.value), n.value)
	}
	fine := wit_types.Ok[string, shapes.ErrorInfo]("fine")
	check.Equal("echo-result ok", shapes.EchoResult(fine), fine)
	failed := wit_types.Err[string](shapes.ErrorInfo{Code: 500, Message: "boom", Retryable: true})
	check.Equal("echo-result err", shapes.EchoResult(failed), failed)

	a, b, c := shapes.EchoBareResults(wit_types.Ok[unit, unit](unit{}), wit_types.Ok[unit, string](unit{}), wit_types.Ok[uint32, unit](7))
	check.That("echo-bare-results ok", a.IsOk() && b.IsOk() && c.IsOk() && c.Ok() == 7, "(ok, ok, ok(7))")
	a, b, c = shapes.EchoBareResults(wit_types.Err[unit](unit{}), wit_types.Err[unit]("why"), wit_types.Err[uint32](unit{}))
	check.That("echo-bare-results err", a.IsErr() && b.IsErr() && b.Err() == "why" && c.IsErr(), `(err, err("why"), err)`)

	deep := []wit_types.Option[deepValue]{
		wit_types.None[deepValue](),
		wit_types.Some(wit_types.Ok[wit_types.Tuple2[uint8, string], []shapes.Shape](wit_types.Tuple2[uint8, string]{F0: 1, F1: "a"})),
		wit_types.Some(wit_types.Err[wit_types.Tuple2[uint8, string]]([]shapes.Shape{shapes.MakeShapeCircle(2), shapes.MakeShapeNamed("n")})),
		wit_types.Some(wit_types.Err[wit_types.Tuple2[uint8, string]]([]shapes.Shape{})),
	}
	check.Equal("echo-deep", shapes.EchoDeep(deep), deep)
}

func computed() {
	for i, shape := range allShapes() {
		check.Equal("shape-kind "+kinds[i], shapes.ShapeKind(shape), kinds[i])
	}
	next := []shapes.Color{shapes.ColorGreen, shapes.ColorBlue, shapes.ColorRed}
	for c := shapes.ColorRed; c <= shapes.ColorBlue; c++ {
		check.Equal(fmt.Sprintf("next-color %d", c), shapes.NextColor(c), next[c])
	}
	check.Equal("union", shapes.Union(shapes.FeaturesF0|shapes.FeaturesF1, shapes.FeaturesF1|shapes.FeaturesF16),
		shapes.FeaturesF0|shapes.FeaturesF1|shapes.FeaturesF16)
	check.Equal("union empty", shapes.Union(0, 0), 0)
	parsed := []struct {
		input    string
		expected wit_types.Result[uint32, shapes.ParseError]
	}{
		{"42", wit_types.Ok[uint32, shapes.ParseError](42)},
		{"4294967295", wit_types.Ok[uint32, shapes.ParseError](math.MaxUint32)},
		{"", wit_types.Err[uint32](shapes.MakeParseErrorEmpty())},
		{"7😀", wit_types.Err[uint32](shapes.MakeParseErrorBadChar(wit_types.Tuple2[uint32, rune]{F0: 1, F1: '😀'}))},
		{"4294967296", wit_types.Err[uint32](shapes.MakeParseErrorOverflow("4294967296"))},
	}
	for _, p := range parsed {
		check.Equal(fmt.Sprintf("parse %q", p.input), shapes.Parse(p.input), p.expected)
	}
	check.That("validate ok", shapes.Validate(person("Ada", 36, none(), "math")).IsOk(), "ok")
	check.Equal("validate err", shapes.Validate(person("", 200, none())),
		wit_types.Err[unit]([]string{"name is empty", "age is over 150", "no tags"}))
	check.Equal("fetch present", shapes.Fetch("present"), wit_types.Ok[string, shapes.ErrorInfo]("here"))
	check.Equal("fetch missing", shapes.Fetch("missing ✓"),
		wit_types.Err[string](shapes.ErrorInfo{Code: 404, Message: "not found: missing ✓", Retryable: false}))
	check.Equal("oldest", shapes.Oldest(team()), team().Members[0])
	options := []wit_types.Option[string]{none(), wit_types.Some("b"), wit_types.Some("c")}
	check.Equal("first-some", shapes.FirstSome(options), wit_types.Some("b"))
	check.Equal("first-some none", shapes.FirstSome(options[:1]), none())
	check.Equal("first-some empty", shapes.FirstSome(nil), none())
}
