"""Lists through the host and back."""

from typing import final

from wit_world import exports
from wit_world.imports import host, types


@final
class Run(exports.Run):
    def roundtrip_bytes(self, l: bytes) -> bytes:
        return host.echo_bytes(l)

    def roundtrip_u64s(self, l: list[int]) -> list[int]:
        return host.echo_u64s(l)

    def roundtrip_s16s(self, l: list[int]) -> list[int]:
        return host.echo_s16s(l)

    def roundtrip_f32s(self, l: list[float]) -> list[float]:
        return host.echo_f32s(l)

    def roundtrip_f64s(self, l: list[float]) -> list[float]:
        return host.echo_f64s(l)

    def roundtrip_bools(self, l: list[bool]) -> list[bool]:
        return host.echo_bools(l)

    def roundtrip_chars(self, l: list[str]) -> list[str]:
        return host.echo_chars(l)

    def roundtrip_strings(self, l: list[str]) -> list[str]:
        return host.echo_strings(l)

    def roundtrip_nested(self, l: list[list[str]]) -> list[list[str]]:
        return host.echo_nested(l)

    def roundtrip_points(self, l: list[types.Point]) -> list[types.Point]:
        return host.echo_points(l)

    def roundtrip_options(self, l: list[int | None]) -> list[int | None]:
        return host.echo_options(l)

    def roundtrip_pairs(self, l: list[tuple[int, str]]) -> list[tuple[int, str]]:
        return host.echo_pairs(l)

    def sum(self, l: bytes) -> tuple[int, int]:
        back = host.echo_bytes(l)
        return sum(back), host.sum(l)
