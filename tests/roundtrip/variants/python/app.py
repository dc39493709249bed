"""Variants and enums through the host and back."""

from typing import final

from componentize_py_types import Result
from wit_world import exports
from wit_world.imports import host, types


@final
class Run(exports.Run):
    def roundtrip_shape(self, v: types.Shape) -> types.Shape:
        return host.echo_shape(v)

    def roundtrip_payload(self, v: types.Payload) -> types.Payload:
        return host.echo_payload(v)

    def roundtrip_complex(self, v: types.Complex) -> types.Complex:
        return host.echo_complex(v)

    def roundtrip_color(self, v: types.Color) -> types.Color:
        return host.echo_color(v)

    def roundtrip_single_case(self, v: types.SingleCase) -> types.SingleCase:
        return host.echo_single_case(v)

    def roundtrip_big_enum(self, v: types.BigEnum) -> types.BigEnum:
        return host.echo_big_enum(v)

    def roundtrip_big_variant(self, v: types.BigVariant) -> types.BigVariant:
        return host.echo_big_variant(v)

    def roundtrip_shapes(self, v: list[types.Shape]) -> list[types.Shape]:
        return host.echo_shapes(v)

    def roundtrip_colors(self, v: list[types.Color]) -> list[types.Color]:
        return host.echo_colors(v)

    def roundtrip_full_byte(self, v: types.FullByte) -> types.FullByte:
        return host.echo_full_byte(v)

    def roundtrip_full_byte_variant(
        self, v: types.FullByteVariant
    ) -> types.FullByteVariant:
        return host.echo_full_byte_variant(v)

    def roundtrip_deep(
        self, v: list[Result[types.Complex | None, list[types.Shape]]]
    ) -> list[Result[types.Complex | None, list[types.Shape]]]:
        return host.echo_deep(v)
