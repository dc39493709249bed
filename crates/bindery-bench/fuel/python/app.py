"""The fuel bench's Python guest (componentize-py), built against
bindery's bindings: each export hands its argument back as its result,
so what is measured is componentize-py's glue (no wit-bindgen guest
exists to compare with)."""

from typing import final

from wit_world import exports
from wit_world.exports import run
from wit_world.imports import host

# What send_bytes lends to the host: held by the guest, not built per call.
BYTES = bytes([7]) * (1 << 20)


@final
class Run(exports.Run):
    def empty(self) -> None:
        pass

    def echo_bytes(self, v: bytes) -> bytes:
        return v

    def echo_strings(self, v: list[str]) -> list[str]:
        return v

    def echo_items(self, v: list[run.Item]) -> list[run.Item]:
        return v

    def send_bytes(self) -> None:
        host.sink(BYTES)
