// The book's adder in TypeScript: u32 arithmetic wraps, as in every guest
// language the book covers.
import type { Check } from 'docs:adder/adder@0.1.0';

export const add = {
  add(x: number, y: number): number {
    return (x + y) >>> 0;
  },
};

type _ = Check<typeof import('./guest.js')>;
