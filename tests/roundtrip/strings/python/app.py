"""Strings through the host and back."""

from typing import final

from wit_world import exports
from wit_world.imports import host


@final
class Run(exports.Run):
    def roundtrip(self, s: str) -> str:
        return host.echo(s)

    def roundtrip_three(self, a: str, b: str, c: str) -> tuple[str, str, str]:
        return host.echo_three(a, b, c)

    def concat(self, a: str, b: str) -> str:
        return host.concat(a, b)

    def measure(self, s: str) -> tuple[int, int]:
        back = host.echo(s)
        return len(back.encode("utf-8")), len(back)
