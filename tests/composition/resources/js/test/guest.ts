// `counters`, owned by JavaScript: each counter's `[Symbol.dispose]`,
// which the engine calls when the runner drops its handle, records its
// label. A counter moved in (`own`) is this module's own object again:
// it is disposed of here when the function drops it.
import type { Check } from 'compose:resources/test';
import type { Holder } from 'compose:resources/counters';
import type * as declared from 'compose:resources/counters';

let live = 0;
let dropped: string[] = [];

class Counter {
  #label: string;
  #value: bigint;

  constructor(label: string, start: bigint) {
    this.#label = label;
    this.#value = start;
    live += 1;
  }

  get(): bigint {
    return this.#value;
  }

  add(by: bigint): void {
    this.#value += by;
  }

  label(): string {
    return this.#label;
  }

  static fromValues(label: string, values: BigInt64Array): Counter {
    return new Counter(
      label,
      values.reduce((sum, x) => sum + x, 0n),
    );
  }

  /** `a` is lent, `b` moved in and dropped. */
  static merge(a: Counter, b: Counter): Counter {
    const merged = new Counter(`${a.label()}+${b.label()}`, a.get() + b.get());
    b[Symbol.dispose]();
    return merged;
  }

  split(label: string): Counter {
    return new Counter(label, this.#value);
  }

  [Symbol.dispose](): void {
    live -= 1;
    dropped.push(this.#label);
  }
}

class Bag {
  #counters: Counter[] = [];

  put(c: Counter): void {
    this.#counters.push(c);
  }

  take(): Counter | undefined {
    return this.#counters.pop();
  }

  size(): number {
    return this.#counters.length;
  }

  total(): bigint {
    return this.#counters.reduce((sum, c) => sum + c.get(), 0n);
  }

  [Symbol.dispose](): void {
    for (const c of this.#counters) {
      c[Symbol.dispose]();
    }
    this.#counters = [];
  }
}

/** A counter that came back from the runner: one of this module's own. */
function own(c: declared.Counter): Counter {
  return c as Counter;
}

/** The counter's value, read before it is dropped. */
function valueAndDrop(c: Counter): bigint {
  const value = c.get();
  c[Symbol.dispose]();
  return value;
}

export const counters = {
  Counter,
  Bag,
  makeHolder: (name: string, start: bigint): Holder => ({
    name,
    counter: new Counter(name, start),
    spare: new Counter(`${name}-spare`, start + 1n),
  }),
  openHolder: (h: Holder): bigint =>
    valueAndDrop(own(h.counter)) + (h.spare === undefined ? 0n : valueAndDrop(own(h.spare))),
  peek: (c: Counter): bigint => c.get(),
  sumBorrowed: (cs: Counter[]): bigint => cs.reduce((sum, c) => sum + c.get(), 0n),
  consume: (c: Counter): bigint => valueAndDrop(c),
  pass: (c: Counter): Counter => c,
  makeMany: (starts: BigInt64Array): Counter[] =>
    Array.from(starts, (start, i) => new Counter(`many-${i}`, start)),
  maybe: (start: bigint | undefined): Counter | undefined =>
    start === undefined || start === null ? undefined : new Counter('maybe', start),
  tryMake(start: bigint): Counter {
    if (start < 0n) {
      throw `negative start: ${start}`;
    }
    return new Counter('tried', start);
  },
  live: (): number => live,
  dropped(): string[] {
    const labels = dropped;
    dropped = [];
    return labels;
  },
};

type _ = Check<typeof import('./guest.js')>;
