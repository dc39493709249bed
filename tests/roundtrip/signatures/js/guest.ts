// Signatures at the ABI's limits, through the host and back.
import type { Check } from 'test:signatures/signatures';
import * as host from 'test:signatures/host';

type Sixteen = Parameters<typeof host.sixteen>;
type Seventeen = Parameters<typeof host.seventeen>;
type Mixed = Parameters<typeof host.mixed>;

export const run = {
  sixteen: (...a: Sixteen): ReturnType<typeof host.sixteen> => host.sixteen(...a),
  seventeen: (...a: Seventeen): ReturnType<typeof host.seventeen> => host.seventeen(...a),
  mixed: (...a: Mixed): ReturnType<typeof host.mixed> => host.mixed(...a),
  oneResult: (): bigint => host.oneResult(),
  pair: (a: number, b: number): [number, number] => host.pair(a, b),
  noParams: (): string => host.noParams(),
  noResults(x: number, s: string): [number, string] {
    host.noResults(x, s);
    host.nothing();
    return [x, s];
  },
  nothing: (): void => host.nothing(),
};

type _ = Check<typeof import('./guest.js')>;
