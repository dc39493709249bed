// A guest that implements the contract world: tsc --strict accepts it.
// The test derives each wrong guest from this file by one textual change.
import type { Check } from 'test:contract/contract@0.1.0';
import type { Op, Point } from 'test:contract/types@0.1.0';
import { log } from 'test:contract/host@0.1.0';

class Acc {
  #sum: number;

  constructor(start: number) {
    this.#sum = start;
  }

  add(x: number): void {
    this.#sum += x;
  }

  total(): number {
    return this.#sum;
  }

  static merge(a: Acc, b: Acc): Acc {
    return new Acc(a.total() + b.total());
  }
}

export const calc = {
  apply(o: Op, a: number, b: number): number {
    log(`apply ${o}`);
    return o === 'add' ? a + b : a - b;
  },
  shift(p: Point, by: bigint): Point {
    return { x: p.x + Number(by), y: p.y };
  },
  parse(text: string): number {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) {
      throw `not a number: ${text}`;
    }
    return n;
  },
  Acc,
};

export function version(): string {
  return '0.1.0';
}

type _ = Check<typeof import('./guest.js')>;
