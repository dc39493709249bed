"""Records and tuples through the host and back."""

from typing import final

from wit_world import exports
from wit_world.exports import run
from wit_world.imports import host, types


@final
class Run(exports.Run):
    def roundtrip_local(self, l: run.Local) -> run.Local:
        count, name = host.echo_pair((l.count, l.name))
        return run.Local(count=count, name=name)

    def roundtrip_inner(self, r: types.Inner) -> types.Inner:
        return host.echo_inner(r)

    def roundtrip_outer(self, r: types.Outer) -> types.Outer:
        return host.echo_outer(r)

    def roundtrip_mix(self, r: types.Mix) -> types.Mix:
        return host.echo_mix(r)

    def roundtrip_single(self, r: types.Single) -> types.Single:
        return host.echo_single(r)

    def roundtrip_deep(self, r: types.Deep) -> types.Deep:
        return host.echo_deep(r)

    def roundtrip_tuple(
        self, t: tuple[int, str, list[int], tuple[float, str]]
    ) -> tuple[int, str, list[int], tuple[float, str]]:
        return host.echo_tuple(t)

    def roundtrip_records(
        self, a: types.Single, b: types.Mix, c: types.Inner
    ) -> tuple[types.Single, types.Mix, types.Inner]:
        return host.echo_records(a, b, c)

    def roundtrip_tails(self, t: list[types.Tail]) -> list[types.Tail]:
        return host.echo_tails(t)

    def roundtrip_aligned(
        self, t: tuple[int, int, int, int, int]
    ) -> tuple[int, int, int, int, int]:
        return host.echo_aligned(t)
