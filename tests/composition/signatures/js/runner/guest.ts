// Calls every function of `wide` on the test component and checks each
// answer.
import type { Check } from 'compose:signatures/runner';
import * as wide from 'compose:signatures/wide';
import type { Big } from 'compose:signatures/wide';
import * as check from './check.js';

const U32_MAX = 2 ** 32 - 1;
const U64_MAX = (1n << 64n) - 1n;
const S64_MIN = -(1n << 63n);

export function run(): void {
  flatLimits();
  strings();
  mixed();
  small();
  check.finish();
}

type Sixteen = Parameters<typeof wide.sixteen>;
type Seventeen = Parameters<typeof wide.seventeen>;

function flatLimits(): void {
  const ones = Array.from({ length: 16 }, (_, i) => i + 1) as Sixteen;
  check.equal('sixteen 1..16', wide.sixteen(...ones), 1496n);
  const max = Array<number>(16).fill(U32_MAX) as Sixteen;
  check.equal('sixteen max', wide.sixteen(...max), BigInt(U32_MAX) * 136n);
  const inOrder = Array.from({ length: 17 }, (_, i) => i * 1000 + 7) as Seventeen;
  check.equal('seventeen in order', wide.seventeen(...inOrder), Uint32Array.from(inOrder));
  const max17 = Array<number>(17).fill(U32_MAX) as Seventeen;
  check.equal('seventeen max', wide.seventeen(...max17), Uint32Array.from(max17));
  const edges: Parameters<typeof wide.sixteenMixed> = [
    255,
    U64_MAX,
    -1.5,
    2 ** -1022,
    -128,
    S64_MIN,
    '😀',
    true,
    65535,
    -32768,
    U32_MAX,
    -(2 ** 31),
    Infinity,
    -0,
    1n << 63n,
    -1n,
  ];
  check.equal('sixteen-mixed edges', wide.sixteenMixed(...edges), edges);
  const zeros: Parameters<typeof wide.sixteenMixed> = [
    0, 0n, 0, 0, 0, 0n, '\0', false, 0, 0, 0, 0, 0, 0, 0n, 0n,
  ];
  check.equal('sixteen-mixed zeros', wide.sixteenMixed(...zeros), zeros);
}

function strings(): void {
  check.equal(
    'eight-strings',
    wide.eightStrings('a', 'bé', '', '😀', 'e', 'f', 'g', 'h'),
    'a|bé||😀|e|f|g|h',
  );
  check.equal('eight-strings empty', wide.eightStrings('', '', '', '', '', '', '', ''), '|||||||');
  const nine: Parameters<typeof wide.nineStrings> = ['0', '1é', '', '3😀', '4', '5', '6', '7', '8 last'];
  check.equal('nine-strings in order', wide.nineStrings(...nine), [...nine]);
}

function mixed(): void {
  const someOk: Parameters<typeof wide.mixed> = [
    255,
    -32768,
    U32_MAX,
    S64_MIN,
    2 ** -126,
    -2.5,
    '\u{10ffff}',
    true,
    'mixed ✓',
    Uint16Array.of(0, 1, 65535),
    7,
    { tag: 'ok', val: U32_MAX },
    [255, -128],
  ];
  check.equal('mixed some ok', wide.mixed(...someOk), someOk);
  const noneErr: Parameters<typeof wide.mixed> = [
    0,
    0,
    0,
    0n,
    0,
    0,
    'a',
    false,
    '',
    new Uint16Array(),
    undefined,
    { tag: 'err', val: 'bad' },
    [0, 0],
  ];
  check.equal('mixed none err', wide.mixed(...noneErr), noneErr);
  const big: Big = {
    a: 255,
    b: 65535,
    c: U32_MAX,
    d: U64_MAX,
    e: -128,
    f: -32768,
    g: -(2 ** 31),
    h: S64_MIN,
    i: 0.5,
    j: -0.25,
    k: 'é',
    l: true,
    m: 'big ✓',
    n: Uint8Array.of(1, 2, 3),
    o: 'some',
    p: [42, 'tuple'],
  };
  check.equal('big-record', wide.bigRecord(big), big);
}

function small(): void {
  check.equal('one', wide.one(), U64_MAX - 1n);
  check.equal('pair swapped', wide.pair(7, 2.5), [2.5, 7]);
  check.equal('no-params', wide.noParams(), 'nothing in');
  wide.noResults(42, 'seen ✓');
  for (let i = 0; i < 3; i++) {
    wide.nothing();
  }
  check.equal('calls', wide.calls(), [42, 'seen ✓', 3]);
}

type _ = Check<typeof import('./guest.js')>;
