"""The book's adder, written as the book writes it for componentize-py."""

from typing import final

from wit_world import exports


@final
class Add(exports.Add):
    def add(self, x: int, y: int) -> int:
        # u32 arithmetic wraps, as in the other guest languages.
        return (x + y) & 0xFFFFFFFF
