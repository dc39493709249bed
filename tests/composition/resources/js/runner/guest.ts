// Uses every function of `counters` on the test component and checks each
// answer, and that every handle disposed of here, or moved to the test and
// dropped there, reaches the test's destructor at that moment. A handle
// is dropped by `[Symbol.dispose]()`, never left to the garbage collector.
import type { Check } from 'compose:resources/runner';
import * as counters from 'compose:resources/counters';
import { Bag, Counter } from 'compose:resources/counters';
import * as check from './check.js';

export function run(): void {
  check.equal('live at start', counters.live(), 0);
  const [first, merged] = countersAndBorrows();
  const passed = moves(merged);
  bag(first, passed);
  holders();
  containers();
  check.equal('live at end', counters.live(), 0);
  check.finish();
}

/**
 * The labels destroyed since the last call, sorted: destructors of
 * counters dropped together may run in any order.
 */
function droppedSorted(): string[] {
  return counters.dropped().sort();
}

/** Constructor, methods, statics, borrows. Returns `a` (8) and `a+fv` (4). */
function countersAndBorrows(): [Counter, Counter] {
  const a = new Counter('a', 5n);
  check.equal('constructor get', a.get(), 5n);
  a.add(3n);
  check.equal('add', a.get(), 8n);
  check.equal('label', a.label(), 'a');
  check.equal('live after constructor', counters.live(), 1);

  const fromValues = Counter.fromValues('fv', BigInt64Array.of(1n, 2n, 3n, -10n));
  check.equal('from-values', fromValues.get(), -4n);
  const merged = Counter.merge(a, fromValues);
  check.equal('merge value', merged.get(), 4n);
  check.equal('merge label', merged.label(), 'a+fv');
  check.equal('merge dropped the moved counter', counters.dropped(), ['fv']);

  const split = a.split('s');
  check.equal('split value', split.get(), 8n);
  check.equal('split label', split.label(), 's');
  check.equal('peek borrow', counters.peek(a), 8n);
  check.equal('sum-borrowed', counters.sumBorrowed([a, merged, split]), 20n);
  check.equal('borrows dropped nothing', counters.dropped(), []);
  check.equal('consume', counters.consume(split), 8n);
  check.equal('consume dropped it', counters.dropped(), ['s']);
  check.equal('live after consume', counters.live(), 2);
  return [a, merged];
}

/** Own moved across and back, then dropped here. */
function moves(merged: Counter): Counter {
  const passed = counters.pass(merged);
  check.equal('pass keeps the counter', passed.get(), 4n);
  check.equal('pass dropped nothing', counters.dropped(), []);
  const scratch = new Counter('scratch', 0n);
  scratch[Symbol.dispose]();
  check.equal('runner drop reaches the test', counters.dropped(), ['scratch']);
  return passed;
}

/** Counters moved into a bag, one taken back, the rest dropped with it. */
function bag(first: Counter, second: Counter): void {
  const bag = new Bag();
  bag.put(first);
  bag.put(second);
  check.equal('bag size', bag.size(), 2);
  check.equal('bag total', bag.total(), 12n);
  const taken = bag.take() ?? check.fail('bag take', 'expected a counter, got none');
  check.equal('bag take is the last put', taken.label(), 'a+fv');
  check.equal('bag size after take', bag.size(), 1);
  taken[Symbol.dispose]();
  check.equal('taken counter dropped', counters.dropped(), ['a+fv']);
  bag[Symbol.dispose]();
  check.equal('bag drop drops its counters', counters.dropped(), ['a']);
  check.equal('live after bag', counters.live(), 0);
}

/** Counters from the test inside a record, read here and moved back. */
function holders(): void {
  const holder = counters.makeHolder('h', 10n);
  check.equal('holder name', holder.name, 'h');
  check.equal('holder counter', holder.counter.get(), 10n);
  const spare = holder.spare && [holder.spare.label(), holder.spare.get()];
  check.equal('holder spare', spare, ['h-spare', 11n]);
  check.equal('live with holder', counters.live(), 2);
  check.equal('open-holder', counters.openHolder(holder), 21n);
  check.equal('open-holder dropped both', droppedSorted(), ['h', 'h-spare']);

  const kept = counters.makeHolder('k', 1n);
  kept.counter[Symbol.dispose]();
  kept.spare?.[Symbol.dispose]();
  check.equal('holder dropped here', droppedSorted(), ['k', 'k-spare']);
}

/** Counters in lists, options and results. */
function containers(): void {
  const many = counters.makeMany(BigInt64Array.of(1n, 2n, 3n));
  check.equal(
    'make-many',
    many.map((c) => c.get()),
    [1n, 2n, 3n],
  );
  for (const c of many) {
    c[Symbol.dispose]();
  }
  check.equal('make-many dropped', droppedSorted(), ['many-0', 'many-1', 'many-2']);
  const some = counters.maybe(9n);
  check.equal('maybe some', some?.get(), 9n);
  check.equal('maybe none', counters.maybe(undefined)?.get(), undefined);
  some?.[Symbol.dispose]();
  const tried = counters.tryMake(5n);
  check.equal('try-make ok', tried.get(), 5n);
  tried[Symbol.dispose]();
  let error: unknown;
  try {
    counters.tryMake(-1n)[Symbol.dispose]();
  } catch (e) {
    error = (e as { payload: unknown }).payload;
  }
  check.equal('try-make err', error, 'negative start: -1');
  check.equal('option and result dropped', counters.dropped(), ['maybe', 'tried']);
}

type _ = Check<typeof import('./guest.js')>;
