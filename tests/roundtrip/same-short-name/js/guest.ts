// Three exports named `api`: the two interfaces are exported under their
// full WIT names, the world function under its own.
import type { Check } from 'test:same-short-name/same-short-name';

const local = {
  add(a: number, b: number): number {
    return (a + b) >>> 0;
  },
};

const other = {
  twice(x: number): number {
    return (x * 2) >>> 0;
  },
};

export { local as 'test:same-short-name/api', other as 'test:other/api' };

export function api(): string {
  return 'api';
}

type _ = Check<typeof import('./guest.js')>;
