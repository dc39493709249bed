"""Keyword names and world-level functions: `fn`, `async` (`async_`),
`static` and `same` in the exported interface, and the world's own
exports in the class `WitWorld`."""

from typing import final

import wit_world
from wit_world import exports
from wit_world.imports import host


@final
class Run(exports.Run):
    def fn(self, type: host.Type) -> host.Type:
        return host.fn(type)

    def async_(self, result: host.Result) -> host.Result:
        return host.async_(result)

    def static(self, loop: host.Loop) -> host.Loop:
        return host.static(loop)

    def same(self, x: int) -> int:
        return host.same(x) + 1


@final
class WitWorld(wit_world.WitWorld):
    def version(self) -> str:
        return "names 1.0"

    def log_twice(self, message: str) -> int:
        return wit_world.log(message) + wit_world.log(message)

    def scale_twice(self, p: wit_world.Point, by: int) -> wit_world.Point:
        return wit_world.scale(wit_world.scale(p, by), by)
