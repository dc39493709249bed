"""Each export calls the host's echo with its argument and returns what
came back."""

from typing import final

from wit_world import exports
from wit_world.imports import host


@final
class Run(exports.Run):
    def roundtrip_u8(self, x: int) -> int:
        return host.echo_u8(x)

    def roundtrip_s8(self, x: int) -> int:
        return host.echo_s8(x)

    def roundtrip_u16(self, x: int) -> int:
        return host.echo_u16(x)

    def roundtrip_s16(self, x: int) -> int:
        return host.echo_s16(x)

    def roundtrip_u32(self, x: int) -> int:
        return host.echo_u32(x)

    def roundtrip_s32(self, x: int) -> int:
        return host.echo_s32(x)

    def roundtrip_u64(self, x: int) -> int:
        return host.echo_u64(x)

    def roundtrip_s64(self, x: int) -> int:
        return host.echo_s64(x)

    def roundtrip_f32(self, x: float) -> float:
        return host.echo_f32(x)

    def roundtrip_f64(self, x: float) -> float:
        return host.echo_f64(x)

    def roundtrip_bool(self, x: bool) -> bool:
        return host.echo_bool(x)

    def roundtrip_char(self, x: str) -> str:
        return host.echo_char(x)

    def roundtrip_mix(
        self, a: int, b: int, c: int, d: int, e: float, f: float, g: str, h: bool
    ) -> tuple[int, int, int, int, float, float, str, bool]:
        return host.echo_mix(a, b, c, d, e, f, g, h)

    def next_char(self, c: str) -> str:
        return host.next_char(c)
