"""`shapes`, answered from Python."""

from typing import final

from componentize_py_types import Err, Result, Some
from wit_world import exports
from wit_world.exports.shapes import (
    Color,
    ErrorInfo,
    Features,
    Joined,
    Outer,
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

U32_MAX = 2**32 - 1


@final
class Shapes(exports.Shapes):
    def echo_scalars(self, s: Scalars) -> Scalars:
        return s

    def echo_person(self, p: Person) -> Person:
        return p

    def echo_team(self, t: Team) -> Team:
        return t

    def echo_color(self, c: Color) -> Color:
        return c

    def echo_permissions(self, p: Permissions) -> Permissions:
        return p

    def echo_features(self, f: Features) -> Features:
        return f

    def echo_shape(self, s: Shape) -> Shape:
        return s

    def echo_joined(self, j: Joined) -> Joined:
        return j

    def echo_outer(self, o: Outer) -> Outer:
        return o

    def echo_option(self, o: int | None) -> int | None:
        return o

    def echo_nested_option(self, o: Some[str | None] | None) -> Some[str | None] | None:
        return o

    def echo_result(self, r: Result[str, ErrorInfo]) -> str:
        if isinstance(r, Err):
            raise r
        return r.value

    def echo_bare_results(
        self, a: Result[None, None], b: Result[None, str], c: Result[int, None]
    ) -> tuple[Result[None, None], Result[None, str], Result[int, None]]:
        return (a, b, c)

    def echo_deep(
        self, d: list[Result[tuple[int, str], list[Shape]] | None]
    ) -> list[Result[tuple[int, str], list[Shape]] | None]:
        return d

    def shape_kind(self, s: Shape) -> str:
        match s:
            case Shape_Point():
                return "point"
            case Shape_Circle():
                return "circle"
            case Shape_Rectangle():
                return "rectangle"
            case Shape_Polygon():
                return "polygon"
            case Shape_Named():
                return "named"

    def next_color(self, c: Color) -> Color:
        colors = list(Color)
        return colors[(colors.index(c) + 1) % len(colors)]

    def union(self, a: Features, b: Features) -> Features:
        return a | b

    def parse(self, s: str) -> int:
        if not s:
            raise Err(ParseError_Empty())
        value = 0
        for at, c in enumerate(s):
            if c not in "0123456789":
                raise Err(ParseError_BadChar((at, c)))
            value = value * 10 + int(c)
            if value > U32_MAX:
                raise Err(ParseError_Overflow(s))
        return value

    def validate(self, p: Person) -> None:
        problems = []
        if not p.name:
            problems.append("name is empty")
        if p.age > 150:
            problems.append("age is over 150")
        if not p.tags:
            problems.append("no tags")
        if problems:
            raise Err(problems)

    def fetch(self, key: str) -> str:
        if key == "present":
            return "here"
        raise Err(ErrorInfo(404, f"not found: {key}", False))

    def oldest(self, t: Team) -> Person:
        oldest = t.lead
        for member in t.members:
            if member.age > oldest.age:
                oldest = member
        return oldest

    def first_some(self, l: list[str | None]) -> str | None:
        return next((s for s in l if s is not None), None)
