// Keywords as names: the `run` exports send their values through the
// host's functions of the same names; the world's own exports call the
// world's own imports.
import type { Check, Point } from 'test:names/names';
import * as host from 'test:names/host';
import type { Loop, Result, Type } from 'test:names/host';
import log from 'log';
import scale from 'scale';

export const run = {
  fn: (type: Type): Type => host.fn(type),
  async: (result: Result): Result => host.async(result),
  static: (loop: Loop): Loop => host.static(loop),
  same: (x: number): number => host.same(x) + 1,
};

export function version(): string {
  return 'names 1.0';
}

export function logTwice(message: string): number {
  return log(message) + log(message);
}

export function scaleTwice(p: Point, by: number): Point {
  return scale(scale(p, by), by);
}

type _ = Check<typeof import('./guest.js')>;
