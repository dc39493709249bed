// `wide`, answered from JavaScript: a weighted sum, arguments given back in
// order, strings joined, and what `no-results` and `nothing` saw.
import type { Check } from 'compose:signatures/test';
import type { Big, Result } from 'compose:signatures/wide';

type Mixed = [
  number,
  number,
  number,
  bigint,
  number,
  number,
  string,
  boolean,
  string,
  Uint16Array,
  number | undefined,
  Result<number, string>,
  [number, number],
];

type SixteenMixed = [
  number,
  bigint,
  number,
  number,
  number,
  bigint,
  string,
  boolean,
  number,
  number,
  number,
  number,
  number,
  number,
  bigint,
  bigint,
];

let last: [number, string] = [0, ''];
let nothings = 0;

export const wide = {
  /** Each argument times its position (1 to 16). */
  sixteen: (...a: number[]): bigint =>
    a.reduce((sum, x, i) => sum + BigInt(x) * BigInt(i + 1), 0n),
  seventeen: (...a: number[]): Uint32Array => Uint32Array.from(a),
  sixteenMixed: (...a: SixteenMixed): SixteenMixed => a,
  eightStrings: (...t: string[]): string => t.join('|'),
  nineStrings: (...t: string[]): string[] => t,
  mixed: (...a: Mixed): Mixed => a,
  bigRecord: (r: Big): Big => r,
  one: (): bigint => (1n << 64n) - 2n,
  pair: (a: number, b: number): [number, number] => [b, a],
  noParams: (): string => 'nothing in',
  noResults(x: number, s: string): void {
    last = [x, s];
  },
  nothing(): void {
    nothings += 1;
  },
  calls(): [number, string, number] {
    const [x, s] = last;
    last = [0, ''];
    return [x, s, nothings];
  },
};

type _ = Check<typeof import('./guest.js')>;
