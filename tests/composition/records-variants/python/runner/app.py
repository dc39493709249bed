"""Calls every function of `shapes` on the test component and checks each
answer. Records and variants are dataclasses: `check.equal` compares them
field by field (floats by bits)."""

from collections.abc import Callable
from typing import ParamSpec, TypeVar, final

import check
import wit_world
from check import f64_from_bits
from componentize_py_types import Err, Ok, Result, Some
from wit_world.imports import shapes
from wit_world.imports.shapes import (
    Color,
    ErrorInfo,
    Features,
    Inner,
    Joined,
    Joined_Double,
    Joined_Large,
    Joined_Nothing,
    Joined_Single,
    Joined_Small,
    Joined_Text,
    Middle,
    Outer,
    ParseError,
    ParseError_BadChar,
    ParseError_Empty,
    ParseError_Overflow,
    Permissions,
    Person,
    Scalars,
    Shape,
    Shape_Circle,
    Shape_Named,
    Shape_Point,
    Shape_Polygon,
    Shape_Rectangle,
    Team,
)

T = TypeVar("T")
P = ParamSpec("P")


@final
class WitWorld(wit_world.WitWorld):
    def run(self) -> None:
        records()
        variants()
        options_results()
        computed()
        check.finish()


def outcome(
    call: Callable[P, T], *args: P.args, **kwargs: P.kwargs
) -> Result[T, object]:
    """A function returning a `result` returns its `ok` value and raises
    its `err` case: the result as a value, to compare."""
    try:
        return Ok(call(*args, **kwargs))
    except Err as e:
        return Err(e.value)


def person(name: str, age: int, email: str | None, tags: list[str]) -> Person:
    access = Permissions.READ | Permissions.EXECUTE
    return Person(name, age, email, tags, Color.BLUE, access)


def team() -> Team:
    return Team(
        "core ✓",
        person("Ada", 30, "ada@example.com", ["lead"]),
        [
            person("Grace", 45, None, ["compilers", "navy"]),
            person("Edsger", 45, None, []),
            person("Barbara", 20, "b@example.com", ["clu"]),
        ],
    )


def shapes_all() -> list[tuple[str, Shape]]:
    return [
        ("point", Shape_Point()),
        ("circle", Shape_Circle(1.5)),
        ("rectangle", Shape_Rectangle((2.0, -3.0))),
        ("polygon", Shape_Polygon([(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)])),
        ("named", Shape_Named("é😀")),
    ]


def records() -> None:
    f64_max = f64_from_bits(0x7FEF_FFFF_FFFF_FFFF)
    scalars = Scalars(
        2**8 - 1, -(2**15), 2**32 - 1, -(2**63), -0.0, f64_max, "😀", True
    )
    check.equal("echo-scalars", shapes.echo_scalars(scalars), scalars)
    full = person("Ada Lovelace", 36, "ada@example.com", ["math", "é"])
    check.equal("echo-person full", shapes.echo_person(full), full)
    bare = Person("", 0, None, [], Color.RED, Permissions(0))
    check.equal("echo-person bare", shapes.echo_person(bare), bare)
    check.equal("echo-team", shapes.echo_team(team()), team())
    for c in [Color.RED, Color.GREEN, Color.BLUE]:
        check.equal(f"echo-color {c.name}", shapes.echo_color(c), c)
    every = Permissions.READ | Permissions.WRITE | Permissions.EXECUTE
    for p in [Permissions(0), every, Permissions.WRITE]:
        check.equal(f"echo-permissions {p}", shapes.echo_permissions(p), p)
    all_features = Features(2**17 - 1)
    for f in [Features(0), Features.F0 | Features.F16, all_features]:
        check.equal(f"echo-features {f}", shapes.echo_features(f), f)
    outer = Outer(
        Middle(
            Inner(Ok(7), Shape_Circle(0.25)),
            [
                Inner(None, Shape_Point()),
                Inner(Err("deep ✗"), Shape_Named("n")),
                Inner(Ok(2**32 - 1), Shape_Polygon([])),
            ],
        ),
        "outer",
        Color.GREEN,
    )
    check.equal("echo-outer", shapes.echo_outer(outer), outer)


def variants() -> None:
    for kind, shape in shapes_all():
        check.equal(f"echo-shape {kind}", shapes.echo_shape(shape), shape)
    joined: list[tuple[str, Joined]] = [
        ("small", Joined_Small(2**8 - 1)),
        ("large", Joined_Large(2**64 - 1)),
        ("single", Joined_Single(-1.5)),
        ("double", Joined_Double(f64_from_bits(0x0010_0000_0000_0000))),
        ("text", Joined_Text("joined ✓")),
        ("nothing", Joined_Nothing()),
    ]
    for what, j in joined:
        check.equal(f"echo-joined {what}", shapes.echo_joined(j), j)


def options_results() -> None:
    for o in [0, 2**32 - 1, None]:
        shown = "None" if o is None else f"Some({o})"
        check.equal(f"echo-option {shown}", shapes.echo_option(o), o)
    nested: list[tuple[str, Some[str | None] | None]] = [
        ("none", None),
        ("some(none)", Some(None)),
        ('some(some(""))', Some("")),
        ("some(some(😀))", Some("😀")),
    ]
    for what, n in nested:
        check.equal(f"echo-nested-option {what}", shapes.echo_nested_option(n), n)
    check.equal(
        "echo-result ok",
        outcome(shapes.echo_result, Ok("fine")),
        Ok("fine"),
    )
    info = ErrorInfo(500, "boom", True)
    check.equal(
        "echo-result err",
        outcome(shapes.echo_result, Err(info)),
        Err(info),
    )
    check.equal(
        "echo-bare-results ok",
        shapes.echo_bare_results(Ok(None), Ok(None), Ok(7)),
        (Ok(None), Ok(None), Ok(7)),
    )
    check.equal(
        "echo-bare-results err",
        shapes.echo_bare_results(Err(None), Err("why"), Err(None)),
        (Err(None), Err("why"), Err(None)),
    )
    deep: list[Result[tuple[int, str], list[Shape]] | None] = [
        None,
        Ok((1, "a")),
        Err([Shape_Circle(2.0), Shape_Named("n")]),
        Err([]),
    ]
    check.equal("echo-deep", shapes.echo_deep(deep), deep)


def computed() -> None:
    for kind, shape in shapes_all():
        check.equal(f"shape-kind {kind}", shapes.shape_kind(shape), kind)
    for start, after in [
        (Color.RED, Color.GREEN),
        (Color.GREEN, Color.BLUE),
        (Color.BLUE, Color.RED),
    ]:
        check.equal(f"next-color {start.name}", shapes.next_color(start), after)
    check.equal(
        "union",
        shapes.union(Features.F0 | Features.F1, Features.F1 | Features.F16),
        Features.F0 | Features.F1 | Features.F16,
    )
    check.equal("union empty", shapes.union(Features(0), Features(0)), Features(0))
    parses: list[tuple[str, Result[int, ParseError]]] = [
        ("42", Ok(42)),
        ("4294967295", Ok(2**32 - 1)),
        ("", Err(ParseError_Empty())),
        ("7😀", Err(ParseError_BadChar((1, "😀")))),
        ("4294967296", Err(ParseError_Overflow("4294967296"))),
    ]
    for text, parsed in parses:
        check.equal(f'parse "{text}"', outcome(shapes.parse, text), parsed)
    good = person("Ada", 36, None, ["math"])
    check.equal("validate ok", outcome(shapes.validate, good), Ok(None))
    bad = person("", 200, None, [])
    check.equal(
        "validate err",
        outcome(shapes.validate, bad),
        Err(["name is empty", "age is over 150", "no tags"]),
    )
    check.equal("fetch present", outcome(shapes.fetch, "present"), Ok("here"))
    check.equal(
        "fetch missing",
        outcome(shapes.fetch, "missing ✓"),
        Err(ErrorInfo(404, "not found: missing ✓", False)),
    )
    check.equal(
        "oldest",
        shapes.oldest(team()),
        person("Grace", 45, None, ["compilers", "navy"]),
    )
    check.equal("first-some", shapes.first_some([None, "b", "c"]), "b")
    check.equal("first-some none", shapes.first_some([None]), None)
    check.equal("first-some empty", shapes.first_some([]), None)
