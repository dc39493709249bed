// Calls every function of `lists` on the test component and checks each
// answer.
import type { Check } from 'compose:lists/runner';
import * as lists from 'compose:lists/lists';
import type { Point } from 'compose:lists/lists';
import * as check from './check.js';

const MIB = 1 << 20;
const U64_MAX = (1n << 64n) - 1n;

export function run(): void {
  echoes();
  computed();
  check.finish();
}

/** 1 MiB of bytes that are not all alike. */
function mib(): Uint8Array {
  return Uint8Array.from({ length: MIB }, (_, i) => i % 251);
}

/** A float list's bits, which tell -0 from 0 and compare NaNs. */
function f32Bits(l: ArrayLike<number>): Uint32Array {
  return new Uint32Array(Float32Array.from(l).buffer);
}

function f64Bits(l: ArrayLike<number>): BigUint64Array {
  return new BigUint64Array(Float64Array.from(l).buffer);
}

function echoes(): void {
  const bytes: Array<[string, Uint8Array]> = [
    ['empty', new Uint8Array()],
    ['edges', Uint8Array.of(0, 1, 127, 128, 255)],
    ['1 MiB', mib()],
  ];
  for (const [what, l] of bytes) {
    check.equal(`echo-bytes ${what}`, lists.echoBytes(l), l);
  }
  const u16s = Uint16Array.of(0, 1, 32768, 65535);
  check.equal('echo-u16s', lists.echoU16s(u16s), u16s);
  const s32s = Int32Array.of(-(2 ** 31), -1, 0, 2 ** 31 - 1);
  check.equal('echo-s32s', lists.echoS32s(s32s), s32s);
  const u64s = BigUint64Array.of(0n, 1n << 63n, U64_MAX);
  check.equal('echo-u64s', lists.echoU64s(u64s), u64s);
  check.equal('echo-u64s empty', lists.echoU64s(new BigUint64Array()), new BigUint64Array());
  const f32s = Float32Array.of(-0, 1.5, Infinity, 2 ** -126);
  check.equal('echo-f32s', f32Bits(lists.echoF32s(f32s)), f32Bits(f32s));
  const f64s = Float64Array.of(-0, 2.5, -Infinity, Number.MAX_VALUE);
  check.equal('echo-f64s', f64Bits(lists.echoF64s(f64s)), f64Bits(f64s));
  const bools = [true, false, false, true, true];
  check.equal('echo-bools', lists.echoBools(bools), bools);
  const chars = ['a', 'é', '😀', '\u{10ffff}'];
  check.equal('echo-chars', lists.echoChars(chars), chars);

  const many = Array.from({ length: 1000 }, (_, i) => `item-${i}`);
  const stringLists: Array<[string, string[]]> = [
    ['empty', []],
    ['multibyte', ['', 'a', 'héllo', '😀😀']],
    ['1000', many],
  ];
  for (const [what, l] of stringLists) {
    check.equal(`echo-strings ${what}`, lists.echoStrings(l), l);
  }
  const nestedLists: Array<[string, string[][]]> = [
    ['empty', []],
    ['mixed', [[], ['a'], ['', '😀', 'x']]],
  ];
  for (const [what, l] of nestedLists) {
    check.equal(`echo-nested ${what}`, lists.echoNested(l), l);
  }
  const pointLists: Array<[string, Point[]]> = [
    ['empty', []],
    [
      'edges',
      [
        { x: 1, y: -2, label: 'a' },
        { x: -(2 ** 31), y: 2 ** 31 - 1, label: 'é😀' },
      ],
    ],
  ];
  for (const [what, l] of pointLists) {
    check.equal(`echo-points ${what}`, lists.echoPoints(l), l);
  }
  const pairs: Array<[number, string]> = [
    [0, ''],
    [255, '✓'],
  ];
  check.equal('echo-pairs', lists.echoPairs(pairs), pairs);
  const options = [0, undefined, 2 ** 32 - 1, undefined];
  check.equal('echo-options', lists.echoOptions(options), options);
}

function computed(): void {
  const bytes = mib();
  const sum = bytes.reduce((total, b) => total + b, 0);
  check.equal('sum-bytes 1 MiB', lists.sumBytes(bytes), [BigInt(sum), MIB]);
  check.equal('sum-bytes empty', lists.sumBytes(new Uint8Array()), [0n, 0]);
  check.equal('sum-u64s wraps', lists.sumU64s(BigUint64Array.of(U64_MAX, 1n, 2n)), 2n);
  check.equal('sum-u64s empty', lists.sumU64s(new BigUint64Array()), 0n);
  check.equal('range 0', lists.range(0), new Uint32Array());
  check.equal(
    'range 100000',
    lists.range(100_000),
    Uint32Array.from({ length: 100_000 }, (_, i) => i),
  );
  check.equal('reverse-strings', lists.reverseStrings(['a', 'b😀', 'c']), ['c', 'b😀', 'a']);
  check.equal('reverse-strings empty', lists.reverseStrings([]), []);
  check.equal('lengths', lists.lengths([[], ['a'], ['b', 'c']]), Uint32Array.of(0, 1, 2));
  check.equal('flatten', lists.flatten([['a'], [], ['b', 'c']]), ['a', 'b', 'c']);
  const shifted = lists.shift(
    [
      { x: 1, y: 2, label: 'p' },
      { x: -5, y: 0, label: 'é' },
    ],
    10,
    -1,
  );
  check.equal('shift', shifted, [
    { x: 11, y: 1, label: 'p' },
    { x: 5, y: -1, label: 'é' },
  ]);
  const triangle = Array.from({ length: 4 }, (_, i) => Array<string>(i).fill('ab'));
  check.equal('triangle 4', lists.triangle('ab', 4), triangle);
  check.equal('triangle 0', lists.triangle('x', 0), []);
}

type _ = Check<typeof import('./guest.js')>;
