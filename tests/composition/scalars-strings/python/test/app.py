"""`values`, answered from Python."""

import struct
from typing import final

from wit_world import exports


@final
class Values(exports.Values):
    def echo_bool(self, x: bool) -> bool:
        return x

    def echo_u8(self, x: int) -> int:
        return x

    def echo_s8(self, x: int) -> int:
        return x

    def echo_u16(self, x: int) -> int:
        return x

    def echo_s16(self, x: int) -> int:
        return x

    def echo_u32(self, x: int) -> int:
        return x

    def echo_s32(self, x: int) -> int:
        return x

    def echo_u64(self, x: int) -> int:
        return x

    def echo_s64(self, x: int) -> int:
        return x

    def echo_f32(self, x: float) -> float:
        return x

    def echo_f64(self, x: float) -> float:
        return x

    def echo_char(self, x: str) -> str:
        return x

    def echo_string(self, x: str) -> str:
        return x

    def extremes(self) -> tuple[int, int, int, int, int, int, int, int]:
        return (
            2**8 - 1,
            -(2**7),
            2**16 - 1,
            -(2**15),
            2**32 - 1,
            -(2**31),
            2**64 - 1,
            -(2**63),
        )

    def add_u64(self, a: int, b: int) -> int:
        return (a + b) % 2**64

    def negate_s64(self, x: int) -> int:
        return -x

    def f32_bits(self, x: float) -> int:
        bits: int = struct.unpack("<I", struct.pack("<f", x))[0]
        return bits

    def f64_bits(self, x: float) -> int:
        bits: int = struct.unpack("<Q", struct.pack("<d", x))[0]
        return bits

    def f32_from_bits(self, bits: int) -> float:
        x: float = struct.unpack("<f", struct.pack("<I", bits))[0]
        return x

    def f64_from_bits(self, bits: int) -> float:
        x: float = struct.unpack("<d", struct.pack("<Q", bits))[0]
        return x

    def char_code(self, c: str) -> int:
        return ord(c)

    def char_from_code(self, code: int) -> str:
        return chr(code)

    def measure(self, s: str) -> tuple[int, int]:
        return (len(s.encode()), len(s))

    def repeat(self, s: str, n: int) -> str:
        return s * n

    def concat(self, a: str, b: str) -> str:
        return a + b
