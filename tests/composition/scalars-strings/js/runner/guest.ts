// Calls every function of `values` on the test component and checks each
// answer.
import type { Check } from 'compose:scalars-strings/runner';
import * as values from 'compose:scalars-strings/values';
import * as check from './check.js';

/** 16 UTF-8 bytes, 10 scalar values: 65536 of them make 1 MiB. */
const PIECE = 'abcdefgé✓😀';
const PIECES = 65536;

const U64_MAX = (1n << 64n) - 1n;
const S64_MIN = -(1n << 63n);
const S64_MAX = (1n << 63n) - 1n;

export function run(): void {
  integers();
  floats();
  chars();
  strings();
  check.finish();
}

function integers(): void {
  for (const x of [true, false]) {
    check.equal(`echo-bool ${x}`, values.echoBool(x), x);
  }
  const small: Array<[string, (x: number) => number, number[]]> = [
    ['echo-u8', values.echoU8, [0, 128, 255]],
    ['echo-s8', values.echoS8, [-128, -1, 0, 127]],
    ['echo-u16', values.echoU16, [0, 32768, 65535]],
    ['echo-s16', values.echoS16, [-32768, -1, 0, 32767]],
    ['echo-u32', values.echoU32, [0, 2 ** 31, 2 ** 32 - 1]],
    ['echo-s32', values.echoS32, [-(2 ** 31), -1, 0, 2 ** 31 - 1]],
  ];
  for (const [name, echo, xs] of small) {
    for (const x of xs) {
      check.equal(`${name} ${x}`, echo(x), x);
    }
  }
  for (const x of [0n, 1n << 63n, U64_MAX]) {
    check.equal(`echo-u64 ${x}`, values.echoU64(x), x);
  }
  for (const x of [S64_MIN, -1n, 0n, S64_MAX]) {
    check.equal(`echo-s64 ${x}`, values.echoS64(x), x);
  }
  check.equal('extremes', values.extremes(), [
    255,
    -128,
    65535,
    -32768,
    2 ** 32 - 1,
    -(2 ** 31),
    U64_MAX,
    S64_MIN,
  ]);
  check.equal('add-u64 wraps', values.addU64(U64_MAX, 2n), 1n);
  check.equal('add-u64 top bit', values.addU64(1n << 63n, (1n << 63n) - 1n), U64_MAX);
  check.equal('negate-s64 max', values.negateS64(S64_MAX), -S64_MAX);
  check.equal('negate-s64 -1', values.negateS64(-1n), 1n);
}

/** The float with these bits, and a float's bits, through one buffer. */
const view = new DataView(new ArrayBuffer(8));

function f32FromBits(bits: number): number {
  view.setUint32(0, bits);
  return view.getFloat32(0);
}

function f32Bits(x: number): number {
  view.setFloat32(0, x);
  return view.getUint32(0);
}

function f64FromBits(bits: bigint): number {
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}

function f64Bits(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

function floats(): void {
  const f32s = [
    0,
    -0,
    1.5,
    f32FromBits(0x7f7f_ffff),
    f32FromBits(0x0080_0000),
    f32FromBits(1),
    Infinity,
    -Infinity,
  ];
  for (const x of f32s) {
    check.equal(`echo-f32 ${exponential(x)}`, f32Bits(values.echoF32(x)), f32Bits(x));
  }
  check.holds('echo-f32 nan', Number.isNaN(values.echoF32(NaN)), 'a NaN back');
  const f64s = [
    0,
    -0,
    1.5,
    Number.MAX_VALUE,
    f64FromBits(0x0010_0000_0000_0000n),
    Number.MIN_VALUE,
    Infinity,
    -Infinity,
  ];
  for (const x of f64s) {
    check.equal(`echo-f64 ${exponential(x)}`, f64Bits(values.echoF64(x)), f64Bits(x));
  }
  check.holds('echo-f64 nan', Number.isNaN(values.echoF64(NaN)), 'a NaN back');
  const f32Cases: Array<[number, number]> = [
    [-0, 0x8000_0000],
    [1, 0x3f80_0000],
    [Infinity, 0x7f80_0000],
    [f32FromBits(1), 1],
  ];
  for (const [x, bits] of f32Cases) {
    check.equal(`f32-bits ${exponential(x)}`, values.f32Bits(x), bits);
  }
  const f64Cases: Array<[number, bigint]> = [
    [-0, 0x8000_0000_0000_0000n],
    [1, 0x3ff0_0000_0000_0000n],
    [-Infinity, 0xfff0_0000_0000_0000n],
    [Number.MIN_VALUE, 1n],
  ];
  for (const [x, bits] of f64Cases) {
    check.equal(`f64-bits ${exponential(x)}`, values.f64Bits(x), bits);
  }
  for (const bits of [0x7f7f_ffff, 1, 0xff80_0000]) {
    const x = values.f32FromBits(bits);
    check.equal(`f32-from-bits 0x${bits.toString(16)}`, f32Bits(x), bits);
  }
  for (const bits of [0x7fef_ffff_ffff_ffffn, 1n, 0x8000_0000_0000_0000n]) {
    const x = values.f64FromBits(bits);
    check.equal(`f64-from-bits 0x${bits.toString(16)}`, f64Bits(x), bits);
  }
}

/** `-0` as `-0e+0`, which `toExponential` would print as `0e+0`. */
function exponential(x: number): string {
  return Object.is(x, -0) ? '-0e+0' : x.toExponential();
}

function codeName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function chars(): void {
  for (const c of ['\0', 'a', 'é', '✓', '\u{d7ff}', '\u{e000}', '😀', '\u{10ffff}']) {
    check.equal(`echo-char ${codeName(c.codePointAt(0)!)}`, values.echoChar(c), c);
  }
  for (const c of ['é', '😀', '\u{10ffff}']) {
    const code = c.codePointAt(0)!;
    check.equal(`char-code ${codeName(code)}`, values.charCode(c), code);
  }
  for (const c of ['\0', '\u{fffd}', '😀']) {
    const code = c.codePointAt(0)!;
    check.equal(`char-from-code ${codeName(code)}`, values.charFromCode(code), c);
  }
}

function strings(): void {
  const mib = PIECE.repeat(PIECES);
  const echoes: Array<[string, string]> = [
    ['empty', ''],
    ['ascii', 'hello'],
    ['escapes', 'tab\tnewline\nquote"backslash\\'],
    ['nul inside', 'a\0b'],
    ['multibyte', 'héllo wörld ✓ 😀 𝄞'],
    ['1 MiB', mib],
  ];
  for (const [what, s] of echoes) {
    check.equal(`echo-string ${what}`, values.echoString(s), s);
  }
  const measured: Array<[string, string, [number, number]]> = [
    ['empty', '', [0, 0]],
    ['multibyte', 'é✓😀', [9, 3]],
    ['nul', '\0', [1, 1]],
    ['1 MiB', mib, [1 << 20, 10 * PIECES]],
  ];
  for (const [what, s, sizes] of measured) {
    check.equal(`measure ${what}`, values.measure(s), sizes);
  }
  check.equal('repeat ab', values.repeat('ab', 3), 'ababab');
  check.equal('repeat none', values.repeat('😀', 0), '');
  check.equal('repeat 1 MiB', values.repeat(PIECE, PIECES), mib);
  check.equal('concat empty', values.concat('', ''), '');
  check.equal('concat multibyte', values.concat('héllo ', 'wörld 😀'), 'héllo wörld 😀');
  check.equal('concat 1 MiB', values.concat(mib, '✓'), `${mib}✓`);
}

type _ = Check<typeof import('./guest.js')>;
