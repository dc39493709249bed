// Each export calls the host's echo with its argument and returns what came
// back.
import type { Check } from 'test:scalars/scalars';
import * as host from 'test:scalars/host';

export const run = {
  roundtripU8: (x: number): number => host.echoU8(x),
  roundtripS8: (x: number): number => host.echoS8(x),
  roundtripU16: (x: number): number => host.echoU16(x),
  roundtripS16: (x: number): number => host.echoS16(x),
  roundtripU32: (x: number): number => host.echoU32(x),
  roundtripS32: (x: number): number => host.echoS32(x),
  roundtripU64: (x: bigint): bigint => host.echoU64(x),
  roundtripS64: (x: bigint): bigint => host.echoS64(x),
  roundtripF32: (x: number): number => host.echoF32(x),
  roundtripF64: (x: number): number => host.echoF64(x),
  roundtripBool: (x: boolean): boolean => host.echoBool(x),
  roundtripChar: (x: string): string => host.echoChar(x),
  roundtripMix(
    a: number,
    b: number,
    c: number,
    d: bigint,
    e: number,
    f: number,
    g: string,
    h: boolean,
  ): [number, number, number, bigint, number, number, string, boolean] {
    return host.echoMix(a, b, c, d, e, f, g, h);
  },
  nextChar: (c: string): string => host.nextChar(c),
};

type _ = Check<typeof import('./guest.js')>;
