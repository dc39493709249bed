// The runner's checks, shared by every case (the harness copies this file
// next to the runner's `guest.ts`; import it as './check.js'). Each check
// compares one answer with what it must be and, when they differ, prints
// `check failed: <name>: …` (the line the harness reports) and throws,
// which traps the component. `finish` prints how many passed, which the
// harness compares with the case's `checks`.

// ComponentizeJS gives guests a console writing to WASI stdout and
// stderr; componentize-qjs 0.4.5 has none (`console` is not defined), so
// there a failed check is seen only in the thrown error's message, which
// the engine prints when the call traps. The round trips' library options
// (ES2022, no DOM) do not declare it.
declare const globalThis: {
  console?: { log(text: string): void; error(text: string): void };
};

let passed = 0;

/** Values shown longer than this are cut (a 1 MiB string would drown the message). */
const SHOWN = 160;

/**
 * `actual` must equal `expected`, deeply: arrays and typed arrays item by
 * item (an engine may pass a list of numbers either way), `Map`s entry by
 * entry in order, objects field by field, numbers with `Object.is` (so
 * `-0` is not `0` and a NaN equals a NaN), and a `bigint` never equals a
 * `number` (a `u64` must arrive as a `bigint`).
 */
export function equal<T>(name: string, actual: T, expected: T): void {
  if (!same(actual, expected)) {
    fail(name, `expected ${shown(expected)}, got ${shown(actual)}`);
  }
  passed += 1;
}

/** `ok` must hold; `what` says what was expected. */
export function holds(name: string, ok: boolean, what: string): void {
  if (!ok) {
    fail(name, what);
  }
  passed += 1;
}

/** Traps, naming the check. */
export function fail(name: string, detail: string): never {
  const message = `check failed: ${name}: ${detail}`;
  globalThis.console?.error(message);
  throw new Error(message);
}

/** Prints the count the harness reads. */
export function finish(): void {
  globalThis.console?.log(`checks passed: ${passed}`);
}

type Items = ArrayLike<unknown>;

function isItems(value: unknown): value is Items {
  return Array.isArray(value) || ArrayBuffer.isView(value);
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return Object.is(a, b);
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return a === b;
  }
  if (isItems(a) || isItems(b)) {
    if (!isItems(a) || !isItems(b) || a.length !== b.length) {
      return false;
    }
    for (let i = 0; i < a.length; i++) {
      if (!same(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) {
      return false;
    }
    const left = [...a.entries()];
    const right = [...b.entries()];
    return left.every(([k, v], i) => same(k, right[i]![0]) && same(v, right[i]![1]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // A field left out and one that is `undefined` are the same `option` none.
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!same(left[key], right[key])) {
      return false;
    }
  }
  return true;
}

/** A value as the failure message shows it, cut to `SHOWN` characters. */
export function shown(value: unknown): string {
  const text = render(value);
  const chars = [...text];
  return chars.length > SHOWN
    ? `${chars.slice(0, SHOWN).join('')}… (${text.length} UTF-16 units)`
    : text;
}

function render(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'bigint':
      return `${value}n`;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'undefined':
      return 'undefined';
    case 'object':
      break;
    default:
      return String(value);
  }
  if (value === null) {
    return 'null';
  }
  if (isItems(value)) {
    return `[${Array.from(value, render).join(', ')}]`;
  }
  if (value instanceof Map) {
    return `Map {${[...value].map(([k, v]) => `${render(k)} => ${render(v)}`).join(', ')}}`;
  }
  const fields = Object.entries(value as Record<string, unknown>);
  return `{${fields.map(([k, v]) => `${k}: ${render(v)}`).join(', ')}}`;
}
