{{ marker }}
"""
The value types of componentize-py's bindings: `Some` (the outer `some` of
a nested option), `Ok` and `Err` (the cases of a `result`) and `Result`.

componentize-py imports this module from the app's directory when it is
there, so this copy is the one a component runs with: the same classes as
componentize-py's own, typed for `mypy --strict`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

S = TypeVar("S")
T = TypeVar("T")
E = TypeVar("E")


@dataclass
class Some(Generic[S]):
    """
    The `some` case of an `option` whose payload is itself an option
    (`option<option<T>>`): `None`, `Some(None)` and `Some(x)` are the three
    values. A plain `option<T>` is `T | None`.
    """

    value: S


@dataclass
class Ok(Generic[T]):
    """
    The success case of a `result`.
    """

    value: T


@dataclass(frozen=True)
class Err(Exception, Generic[E]):
    """
    The failure case of a `result`. A function that returns a `result`
    returns the `ok` value and raises `Err(value)` for the `err` case.
    """

    value: E


Result = Ok[T] | Err[E]
"""
A `result` passed as a value (a parameter, or inside another type).
"""
