"""Options and results through the host and back.

A `result` argument is a `Result` value (`Ok(x)` or `Err(e)`); a `result`
that a function returns is its `ok` value, or an `Err(e)` raised. So an
`Err` the host's echo raises leaves the export unchanged as its result.
"""

from typing import final

from componentize_py_types import Result, Some
from wit_world import exports
from wit_world.imports import host, types


@final
class Run(exports.Run):
    def roundtrip_option_u32(self, x: int | None) -> int | None:
        return host.echo_option_u32(x)

    def roundtrip_option_string(self, x: str | None) -> str | None:
        return host.echo_option_string(x)

    def roundtrip_option_option(self, x: Some[int | None] | None) -> Some[int | None] | None:
        return host.echo_option_option(x)

    def roundtrip_option_option_string(
        self, x: Some[str | None] | None
    ) -> Some[str | None] | None:
        return host.echo_option_option_string(x)

    def roundtrip_option_list(self, x: bytes | None) -> bytes | None:
        return host.echo_option_list(x)

    def roundtrip_result(self, x: Result[str, types.Failure]) -> str:
        return host.echo_result(x)

    def roundtrip_result_no_ok(self, x: Result[None, str]) -> None:
        host.echo_result_no_ok(x)

    def roundtrip_result_no_err(self, x: Result[int, None]) -> int:
        return host.echo_result_no_err(x)

    def roundtrip_result_empty(self, x: Result[None, None]) -> None:
        host.echo_result_empty(x)

    def roundtrip_result_f64_u8(self, x: Result[float, int]) -> float:
        return host.echo_result_f64_u8(x)

    def roundtrip_result_lists(self, x: Result[list[str], bytes]) -> list[str]:
        return host.echo_result_lists(x)

    def roundtrip_option_result(
        self, x: Result[int, str] | None
    ) -> Result[int, str] | None:
        return host.echo_option_result(x)

    def roundtrip_result_options(self, x: Result[int | None, str | None]) -> int | None:
        return host.echo_result_options(x)

    def roundtrip_holder(self, x: types.Holder) -> types.Holder:
        return host.echo_holder(x)

    def roundtrip_option_f32(self, x: float | None) -> float | None:
        return host.echo_option_f32(x)

    def roundtrip_option_f64(self, x: float | None) -> float | None:
        return host.echo_option_f64(x)

    def roundtrip_option_char(self, x: str | None) -> str | None:
        return host.echo_option_char(x)

    def roundtrip_result_f32_s64(self, x: Result[float, int]) -> float:
        return host.echo_result_f32_s64(x)

    def roundtrip_result_char_f64(self, x: Result[str, float]) -> str:
        return host.echo_result_char_f64(x)

    def parse_double(self, s: str) -> int:
        # The host's `err` arrives as a raised `Err`, which leaves this
        # export as its own `err`.
        return host.parse(s) * 2
