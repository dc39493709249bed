"""The runner's checks, shared by every case (the harness copies this module
next to the runner's `app.py`). Each check compares one answer with what it
must be and, when they differ, raises `check failed: <name>: …`, which
componentize-py prints (with WASI) before it traps: the line the harness
reports. `finish` prints how many passed, which the harness compares with
the case's `checks`."""

import dataclasses
import math
import struct
import sys
from enum import Enum

_passed = 0

# Values longer than this are shown cut (a 1 MiB string would drown the
# message).
_SHOWN = 160


def equal(name: str, actual: object, expected: object) -> None:
    """`actual` must equal `expected`, deeply: floats bit for bit (any NaN
    equals any NaN), lists and tuples item by item, dicts key by key,
    records, variants, `Some`, `Ok` and `Err` field by field and class by
    class."""
    if not _same(actual, expected):
        fail(name, f"expected {_shown(expected)}, got {_shown(actual)}")
    _count()


def holds(name: str, ok: bool, what: str) -> None:
    """`ok` must hold; `what` says what was expected."""
    if not ok:
        fail(name, what)
    _count()


def fail(name: str, detail: str) -> None:
    """Traps, naming the check (an uncaught exception traps the component
    after componentize-py printed it)."""
    sys.stdout.flush()
    raise AssertionError(f"check failed: {name}: {detail}")


def finish() -> None:
    """Prints the count the harness reads."""
    print(f"checks passed: {_passed}", flush=True)


def f32_from_bits(bits: int) -> float:
    """The f32 with these IEEE 754 bits, as Python holds it (exactly)."""
    value: float = struct.unpack("<f", struct.pack("<I", bits))[0]
    return value


def f32_bits(x: float) -> int:
    """The IEEE 754 bits of `x` as an f32."""
    bits: int = struct.unpack("<I", struct.pack("<f", x))[0]
    return bits


def f64_from_bits(bits: int) -> float:
    value: float = struct.unpack("<d", struct.pack("<Q", bits))[0]
    return value


def f64_bits(x: float) -> int:
    bits: int = struct.unpack("<Q", struct.pack("<d", x))[0]
    return bits


def _count() -> None:
    global _passed
    _passed += 1


def _same(a: object, b: object) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or f64_bits(a) == f64_bits(b)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, Enum):
        return a == b
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        return all(
            _same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a)
        )
    return a == b


def _shown(value: object) -> str:
    text = repr(value)
    if len(text) > _SHOWN:
        return f"{text[:_SHOWN]}… ({len(text)} chars)"
    return text
