// `shapes`, answered from JavaScript: echoes, and answers computed from
// what arrived (a kind, the next color, a union, parsing, validation). A
// function whose result is a `result` returns the `ok` value and throws
// the `err` one.
import type { Check } from 'compose:records-variants/test';
import type {
  Color,
  ErrorInfo,
  Features,
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

type Deep = Array<Result<[number, string], Shape[]> | undefined>;
type BareResults = [Result<void, void>, Result<void, string>, Result<number, void>];

const NEXT: Record<Color, Color> = { red: 'green', green: 'blue', blue: 'red' };

export const shapes = {
  echoScalars: (s: Scalars): Scalars => s,
  echoPerson: (p: Person): Person => p,
  echoTeam: (t: Team): Team => t,
  echoColor: (c: Color): Color => c,
  echoPermissions: (p: Permissions): Permissions => p,
  echoFeatures: (f: Features): Features => f,
  echoShape: (s: Shape): Shape => s,
  echoJoined: (j: Joined): Joined => j,
  echoOuter: (o: Outer): Outer => o,
  echoOption: (o: number | undefined): number | undefined => o,
  echoNestedOption: (o: Option<string | undefined>): Option<string | undefined> => o,
  echoResult(r: Result<string, ErrorInfo>): string {
    if (r.tag === 'err') {
      throw r.val;
    }
    return r.val;
  },
  echoBareResults: (
    a: Result<void, void>,
    b: Result<void, string>,
    c: Result<number, void>,
  ): BareResults => [a, b, c],
  echoDeep: (d: Deep): Deep => d,
  shapeKind: (s: Shape): string => s.tag,
  nextColor: (c: Color): Color => NEXT[c],
  union(a: Features, b: Features): Features {
    const both: Record<string, boolean> = {};
    for (const [flag, set] of [...Object.entries(a), ...Object.entries(b)]) {
      both[flag] = (both[flag] ?? false) || set === true;
    }
    return both as Features;
  },
  parse(s: string): number {
    if (s === '') {
      throw { tag: 'empty' } satisfies ParseError;
    }
    let value = 0;
    let at = 0;
    for (const c of s) {
      if (c < '0' || c > '9') {
        throw { tag: 'bad-char', val: [at, c] } satisfies ParseError;
      }
      value = value * 10 + Number(c);
      if (value > 2 ** 32 - 1) {
        throw { tag: 'overflow', val: s } satisfies ParseError;
      }
      at += 1;
    }
    return value;
  },
  validate(p: Person): void {
    const problems: string[] = [];
    if (p.name === '') {
      problems.push('name is empty');
    }
    if (p.age > 150) {
      problems.push('age is over 150');
    }
    if (p.tags.length === 0) {
      problems.push('no tags');
    }
    if (problems.length > 0) {
      throw problems;
    }
  },
  fetch(key: string): string {
    if (key === 'present') {
      return 'here';
    }
    throw { code: 404, message: `not found: ${key}`, retryable: false } satisfies ErrorInfo;
  },
  oldest(t: Team): Person {
    let oldest = t.lead;
    for (const member of t.members) {
      if (member.age > oldest.age) {
        oldest = member;
      }
    }
    return oldest;
  },
  firstSome: (l: Array<string | undefined>): string | undefined =>
    l.find((s) => s !== undefined && s !== null),
};

type _ = Check<typeof import('./guest.js')>;
