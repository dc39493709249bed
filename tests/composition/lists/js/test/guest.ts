// `lists`, answered from JavaScript: echoes, and answers computed from
// what arrived (sums, lengths, reversals).
import type { Check } from 'compose:lists/test';
import type { Point } from 'compose:lists/lists';

export const lists = {
  echoBytes: (l: Uint8Array): Uint8Array => l,
  echoU16s: (l: Uint16Array): Uint16Array => l,
  echoS32s: (l: Int32Array): Int32Array => l,
  echoU64s: (l: BigUint64Array): BigUint64Array => l,
  echoF32s: (l: Float32Array): Float32Array => l,
  echoF64s: (l: Float64Array): Float64Array => l,
  echoBools: (l: boolean[]): boolean[] => l,
  echoChars: (l: string[]): string[] => l,
  echoStrings: (l: string[]): string[] => l,
  echoNested: (l: string[][]): string[][] => l,
  echoPoints: (l: Point[]): Point[] => l,
  echoPairs: (l: Array<[number, string]>): Array<[number, string]> => l,
  echoOptions: (l: Array<number | undefined>): Array<number | undefined> => l,
  sumBytes(l: Uint8Array): [bigint, number] {
    let sum = 0n;
    for (const b of l) {
      sum += BigInt(b);
    }
    return [sum, l.length];
  },
  sumU64s(l: BigUint64Array): bigint {
    let sum = 0n;
    for (const x of l) {
      sum = BigInt.asUintN(64, sum + x);
    }
    return sum;
  },
  range: (n: number): Uint32Array => Uint32Array.from({ length: n }, (_, i) => i),
  reverseStrings: (l: string[]): string[] => [...l].reverse(),
  lengths: (l: string[][]): Uint32Array => Uint32Array.from(l, (inner) => inner.length),
  flatten: (l: string[][]): string[] => l.flat(),
  shift: (l: Point[], dx: number, dy: number): Point[] =>
    l.map((p) => ({ x: p.x + dx, y: p.y + dy, label: p.label })),
  triangle: (s: string, n: number): string[][] =>
    Array.from({ length: n }, (_, i) => Array<string>(i).fill(s)),
};

type _ = Check<typeof import('./guest.js')>;
