"""Flags through the host and back."""

from typing import final

from wit_world import exports
from wit_world.imports import host, types


@final
class Run(exports.Run):
    def roundtrip_one(self, f: types.One) -> types.One:
        return host.echo_one(f)

    def roundtrip_eight(self, f: types.Eight) -> types.Eight:
        return host.echo_eight(f)

    def roundtrip_nine(self, f: types.Nine) -> types.Nine:
        return host.echo_nine(f)

    def roundtrip_sixteen(self, f: types.Sixteen) -> types.Sixteen:
        return host.echo_sixteen(f)

    def roundtrip_seventeen(self, f: types.Seventeen) -> types.Seventeen:
        return host.echo_seventeen(f)

    def roundtrip_thirty_two(self, f: types.ThirtyTwo) -> types.ThirtyTwo:
        return host.echo_thirty_two(f)

    def roundtrip_perms(self, f: types.Perms) -> types.Perms:
        return host.echo_perms(f)

    def roundtrip_all(self, f: types.AllFlags) -> types.AllFlags:
        return host.echo_all(f)

    def roundtrip_list(self, f: list[types.Nine]) -> list[types.Nine]:
        return host.echo_list(f)
