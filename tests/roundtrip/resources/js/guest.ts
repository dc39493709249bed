// Resources both ways. The guest's `Gadget` counts its live instances: the
// engines call `[Symbol.dispose]` when the host drops a gadget, and the
// guest calls it itself on a gadget moved in to be dropped. Every host
// `Counter` the guest owns is disposed of (which drops the handle) or
// handed back; one left to the garbage collector would fail the case.
import type { Check } from 'test:resources/resources';
import * as host from 'test:resources/host';
import { Counter } from 'test:resources/host';
import type { Pack } from 'test:resources/run';

let liveGadgets = 0;

class Gadget {
  #label: string;
  #counter: Counter | undefined;

  constructor(label: string) {
    this.#label = label;
    liveGadgets += 1;
  }

  label(): string {
    return this.#label;
  }

  rename(label: string): void {
    this.#label = label;
  }

  /** A new gadget labelled `a+b`; `b` is moved in and dropped. */
  static merge(a: Gadget, b: Gadget): Gadget {
    const merged = new Gadget(`${a.label()}+${b.label()}`);
    b[Symbol.dispose]();
    return merged;
  }

  attach(c: Counter): void {
    this.#counter?.[Symbol.dispose]();
    this.#counter = c;
  }

  attached(): number | undefined {
    return this.#counter?.get();
  }

  [Symbol.dispose](): void {
    liveGadgets -= 1;
    this.#counter?.[Symbol.dispose]();
    this.#counter = undefined;
  }
}

/** The counter's value, read before the guest drops it. */
function readAndDrop(c: Counter): number {
  const value = c.get();
  c[Symbol.dispose]();
  return value;
}

export const run = {
  Gadget,
  liveGadgets: (): number => liveGadgets,
  passGadget: (g: Gadget): Gadget => g,
  gadgetLabel: (g: Gadget): string => g.label(),
  newCounter: (start: number): Counter => new Counter(start),
  makeCounter: (start: number): Counter => Counter.make(start),
  readCounter: (c: Counter): [number, number] => [c.get(), host.peek(c)],
  bumpCounter(c: Counter, by: number): void {
    c.set(c.get() + by);
  },
  consumeCounter: (c: Counter): number => host.consume(c),
  dropCounter(c: Counter): void {
    c[Symbol.dispose]();
  },
  returnCounter: (c: Counter): Counter => c,
  scratchCounter: (start: number): number => readAndDrop(new Counter(start)),
  sumCounters: (cs: Array<Counter>): number => cs.map(readAndDrop).reduce((a, b) => a + b, 0),
  makeCounters: (starts: Uint32Array): Array<Counter> =>
    Array.from(starts, (start) => new Counter(start)),
  maybeGadget: (label: string): Gadget | undefined =>
    label === '' ? undefined : new Gadget(label),
  labels: (gs: Array<Gadget>): Array<string> => gs.map((g) => g.label()),
  peekAll: (cs: Array<Counter>): Uint32Array => Uint32Array.from(cs, (c) => host.peek(c)),
  packCounter: (label: string, start: number): Pack => ({ label, counter: new Counter(start) }),
  unpack: (p: Pack): [string, number] => [p.label, readAndDrop(p.counter)],
  tryGadget(label: string): Gadget {
    if (label === '') {
      throw 'empty label';
    }
    return new Gadget(label);
  },
};

type _ = Check<typeof import('./guest.js')>;
