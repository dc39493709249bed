// Calls every function of `shapes` on the test component and checks each
// answer. Records, variants and flags are plain objects, compared field by
// field; a function whose result is a `result` returns the `ok` value and
// throws the `err` one (as `payload`).
import type { Check } from 'compose:records-variants/runner';
import * as shapes from 'compose:records-variants/shapes';
import type {
  Color,
  ErrorInfo,
  Features,
  Inner,
  Joined,
  Option,
  Outer,
  ParseError,
  Permissions,
  Person,
  Result,
  Scalars,
  Shape,
  Team,
} from 'compose:records-variants/shapes';
import * as check from './check.js';

type BareResults = [Result<void, void>, Result<void, string>, Result<number, void>];

export function run(): void {
  records();
  variants();
  optionsResults();
  computed();
  check.finish();
}

/** Permissions with every flag named (the engines pass each one). */
function permissions(...set: Array<keyof Permissions>): Required<Permissions> {
  const all: Required<Permissions> = { read: false, write: false, execute: false };
  for (const flag of set) {
    all[flag] = true;
  }
  return all;
}

/** Features `f0` … `f16`, the given ones set, every flag named. */
function features(...set: number[]): Features {
  const all: Record<string, boolean> = {};
  for (let i = 0; i <= 16; i++) {
    all[`f${i}`] = set.includes(i);
  }
  return all as Features;
}

function person(name: string, age: number, email: string | undefined, tags: string[]): Person {
  return { name, age, email, tags, favourite: 'blue', access: permissions('read', 'execute') };
}

function team(): Team {
  return {
    name: 'core ✓',
    lead: person('Ada', 30, 'ada@example.com', ['lead']),
    members: [
      person('Grace', 45, undefined, ['compilers', 'navy']),
      person('Edsger', 45, undefined, []),
      person('Barbara', 20, 'b@example.com', ['clu']),
    ],
  };
}

function shapesAll(): Array<[string, Shape]> {
  return [
    ['point', { tag: 'point' }],
    ['circle', { tag: 'circle', val: 1.5 }],
    ['rectangle', { tag: 'rectangle', val: [2, -3] }],
    [
      'polygon',
      {
        tag: 'polygon',
        val: [
          [0, 0],
          [1, 0],
          [0, 1],
        ],
      },
    ],
    ['named', { tag: 'named', val: 'é😀' }],
  ];
}

/** What an import returning `result<T, E>` threw: its `err` payload. */
function thrown<T>(call: () => T): Result<T, unknown> {
  try {
    return { tag: 'ok', val: call() };
  } catch (e) {
    return { tag: 'err', val: (e as { payload: unknown }).payload };
  }
}

function records(): void {
  const scalars: Scalars = {
    a: 255,
    b: -32768,
    c: 2 ** 32 - 1,
    d: -(1n << 63n),
    e: -0,
    f: Number.MAX_VALUE,
    g: '😀',
    h: true,
  };
  check.equal('echo-scalars', shapes.echoScalars(scalars), scalars);
  const full = person('Ada Lovelace', 36, 'ada@example.com', ['math', 'é']);
  check.equal('echo-person full', shapes.echoPerson(full), full);
  const bare: Person = { ...person('', 0, undefined, []), favourite: 'red', access: permissions() };
  check.equal('echo-person bare', shapes.echoPerson(bare), bare);
  check.equal('echo-team', shapes.echoTeam(team()), team());
  for (const c of ['red', 'green', 'blue'] as const) {
    check.equal(`echo-color ${c}`, shapes.echoColor(c), c);
  }
  for (const p of [permissions(), permissions('read', 'write', 'execute'), permissions('write')]) {
    check.equal(`echo-permissions ${check.shown(p)}`, shapes.echoPermissions(p), p);
  }
  const all = Array.from({ length: 17 }, (_, i) => i);
  for (const [what, f] of [
    ['none', features()],
    ['f0 f16', features(0, 16)],
    ['all', features(...all)],
  ] as const) {
    check.equal(`echo-features ${what}`, shapes.echoFeatures(f), f);
  }
  const inner = (value: Result<number, string> | undefined, shape: Shape): Inner => ({
    value,
    shape,
  });
  const outer: Outer = {
    middle: {
      inner: inner({ tag: 'ok', val: 7 }, { tag: 'circle', val: 0.25 }),
      more: [
        inner(undefined, { tag: 'point' }),
        inner({ tag: 'err', val: 'deep ✗' }, { tag: 'named', val: 'n' }),
        inner({ tag: 'ok', val: 2 ** 32 - 1 }, { tag: 'polygon', val: [] }),
      ],
    },
    label: 'outer',
    color: 'green',
  };
  check.equal('echo-outer', shapes.echoOuter(outer), outer);
}

function variants(): void {
  for (const [kind, shape] of shapesAll()) {
    check.equal(`echo-shape ${kind}`, shapes.echoShape(shape), shape);
  }
  const joined: Array<[string, Joined]> = [
    ['small', { tag: 'small', val: 255 }],
    ['large', { tag: 'large', val: (1n << 64n) - 1n }],
    ['single', { tag: 'single', val: -1.5 }],
    ['double', { tag: 'double', val: 2 ** -1022 }],
    ['text', { tag: 'text', val: 'joined ✓' }],
    ['nothing', { tag: 'nothing' }],
  ];
  for (const [what, j] of joined) {
    check.equal(`echo-joined ${what}`, shapes.echoJoined(j), j);
  }
}

function optionsResults(): void {
  for (const o of [0, 2 ** 32 - 1, undefined]) {
    check.equal(`echo-option ${o}`, shapes.echoOption(o), o);
  }
  const nested: Array<[string, Option<string | undefined>]> = [
    ['none', { tag: 'none' }],
    ['some(none)', { tag: 'some', val: undefined }],
    ['some(some(""))', { tag: 'some', val: '' }],
    ['some(some(😀))', { tag: 'some', val: '😀' }],
  ];
  for (const [what, o] of nested) {
    check.equal(`echo-nested-option ${what}`, shapes.echoNestedOption(o), o);
  }
  check.equal(
    'echo-result ok',
    thrown(() => shapes.echoResult({ tag: 'ok', val: 'fine' })),
    { tag: 'ok', val: 'fine' },
  );
  const info: ErrorInfo = { code: 500, message: 'boom', retryable: true };
  check.equal('echo-result err', thrown(() => shapes.echoResult({ tag: 'err', val: info })), {
    tag: 'err',
    val: info,
  });
  const ok: BareResults = [
    { tag: 'ok', val: undefined },
    { tag: 'ok', val: undefined },
    { tag: 'ok', val: 7 },
  ];
  check.equal('echo-bare-results ok', shapes.echoBareResults(...ok), ok);
  const err: BareResults = [
    { tag: 'err', val: undefined },
    { tag: 'err', val: 'why' },
    { tag: 'err', val: undefined },
  ];
  check.equal('echo-bare-results err', shapes.echoBareResults(...err), err);
  const deep: Array<Result<[number, string], Shape[]> | undefined> = [
    undefined,
    { tag: 'ok', val: [1, 'a'] },
    {
      tag: 'err',
      val: [
        { tag: 'circle', val: 2 },
        { tag: 'named', val: 'n' },
      ],
    },
    { tag: 'err', val: [] },
  ];
  check.equal('echo-deep', shapes.echoDeep(deep), deep);
}

function computed(): void {
  for (const [kind, shape] of shapesAll()) {
    check.equal(`shape-kind ${kind}`, shapes.shapeKind(shape), kind);
  }
  const next: Array<[Color, Color]> = [
    ['red', 'green'],
    ['green', 'blue'],
    ['blue', 'red'],
  ];
  for (const [from, to] of next) {
    check.equal(`next-color ${from}`, shapes.nextColor(from), to);
  }
  check.equal('union', shapes.union(features(0, 1), features(1, 16)), features(0, 1, 16));
  check.equal('union empty', shapes.union(features(), features()), features());
  const parsed: Array<[string, Result<number, ParseError>]> = [
    ['42', { tag: 'ok', val: 42 }],
    ['4294967295', { tag: 'ok', val: 2 ** 32 - 1 }],
    ['', { tag: 'err', val: { tag: 'empty' } }],
    ['7😀', { tag: 'err', val: { tag: 'bad-char', val: [1, '😀'] } }],
    ['4294967296', { tag: 'err', val: { tag: 'overflow', val: '4294967296' } }],
  ];
  for (const [input, expected] of parsed) {
    check.equal(`parse ${JSON.stringify(input)}`, thrown(() => shapes.parse(input)), expected);
  }
  const good = person('Ada', 36, undefined, ['math']);
  check.equal('validate ok', thrown(() => shapes.validate(good)), { tag: 'ok', val: undefined });
  const bad = person('', 200, undefined, []);
  check.equal('validate err', thrown(() => shapes.validate(bad)), {
    tag: 'err',
    val: ['name is empty', 'age is over 150', 'no tags'],
  });
  check.equal('fetch present', thrown(() => shapes.fetch('present')), { tag: 'ok', val: 'here' });
  check.equal('fetch missing', thrown(() => shapes.fetch('missing ✓')), {
    tag: 'err',
    val: { code: 404, message: 'not found: missing ✓', retryable: false },
  });
  check.equal(
    'oldest',
    shapes.oldest(team()),
    person('Grace', 45, undefined, ['compilers', 'navy']),
  );
  check.equal('first-some', shapes.firstSome([undefined, 'b', 'c']), 'b');
  check.equal('first-some none', shapes.firstSome([undefined]), undefined);
  check.equal('first-some empty', shapes.firstSome([]), undefined);
}

type _ = Check<typeof import('./guest.js')>;
