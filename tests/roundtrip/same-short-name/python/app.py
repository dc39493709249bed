"""Three exports named `api`: two interfaces and a world function."""

from typing import final

import wit_world
from wit_world import exports


@final
class TestSameShortNameApi(exports.TestSameShortNameApi):
    def add(self, a: int, b: int) -> int:
        return (a + b) & 0xFFFFFFFF


@final
class TestOtherApi(exports.TestOtherApi):
    def twice(self, x: int) -> int:
        return (x * 2) & 0xFFFFFFFF


@final
class WitWorld(wit_world.WitWorld):
    def api(self) -> str:
        return "api"
