// `values`, answered from JavaScript: echoes, and answers computed from
// what arrived (bits, codes, lengths, sums).
import type { Check } from 'compose:scalars-strings/test';

const view = new DataView(new ArrayBuffer(8));

export const values = {
  echoBool: (x: boolean): boolean => x,
  echoU8: (x: number): number => x,
  echoS8: (x: number): number => x,
  echoU16: (x: number): number => x,
  echoS16: (x: number): number => x,
  echoU32: (x: number): number => x,
  echoS32: (x: number): number => x,
  echoU64: (x: bigint): bigint => x,
  echoS64: (x: bigint): bigint => x,
  echoF32: (x: number): number => x,
  echoF64: (x: number): number => x,
  echoChar: (x: string): string => x,
  echoString: (x: string): string => x,
  extremes(): [number, number, number, number, number, number, bigint, bigint] {
    return [255, -128, 65535, -32768, 2 ** 32 - 1, -(2 ** 31), (1n << 64n) - 1n, -(1n << 63n)];
  },
  addU64: (a: bigint, b: bigint): bigint => BigInt.asUintN(64, a + b),
  negateS64: (x: bigint): bigint => -x,
  f32Bits(x: number): number {
    view.setFloat32(0, x);
    return view.getUint32(0);
  },
  f64Bits(x: number): bigint {
    view.setFloat64(0, x);
    return view.getBigUint64(0);
  },
  f32FromBits(bits: number): number {
    view.setUint32(0, bits);
    return view.getFloat32(0);
  },
  f64FromBits(bits: bigint): number {
    view.setBigUint64(0, bits);
    return view.getFloat64(0);
  },
  charCode: (c: string): number => c.codePointAt(0)!,
  charFromCode: (code: number): string => String.fromCodePoint(code),
  /** Bytes in UTF-8 and scalar values, counted one code point at a time. */
  measure(s: string): [number, number] {
    let bytes = 0;
    let scalars = 0;
    for (const c of s) {
      const code = c.codePointAt(0)!;
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x1_0000 ? 3 : 4;
      scalars += 1;
    }
    return [bytes, scalars];
  },
  repeat: (s: string, n: number): string => s.repeat(n),
  concat: (a: string, b: string): string => a + b,
};

type _ = Check<typeof import('./guest.js')>;
