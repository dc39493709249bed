"""The book's calculator: evaluates by calling the imported adder."""

from typing import final

from wit_world import exports
from wit_world.exports import calculate
from wit_world.imports import add


@final
class Calculate(exports.Calculate):
    def eval_expression(self, op: calculate.Op, x: int, y: int) -> int:
        match op:
            case calculate.Op.ADD:
                return add.add(x, y)
