// Each export sends its records and tuples through the host and returns
// what came back; `roundtripLocal` takes a record of the exported
// interface apart and sends it as a tuple.
import type { Check } from 'test:records/records';
import * as host from 'test:records/host';
import type { Deep, Inner, Mix, Outer, Single, Tail } from 'test:records/types';
import type { Local } from 'test:records/run';

type Nested = [number, string, Uint32Array, [number, string]];
type Aligned = [number, bigint, number, number, number];

export const run = {
  roundtripLocal(l: Local): Local {
    const [count, name] = host.echoPair([l.count, l.name]);
    return { count, name };
  },
  roundtripInner: (r: Inner): Inner => host.echoInner(r),
  roundtripOuter: (r: Outer): Outer => host.echoOuter(r),
  roundtripMix: (r: Mix): Mix => host.echoMix(r),
  roundtripSingle: (r: Single): Single => host.echoSingle(r),
  roundtripDeep: (r: Deep): Deep => host.echoDeep(r),
  roundtripTuple: (t: Nested): Nested => host.echoTuple(t),
  roundtripRecords: (a: Single, b: Mix, c: Inner): [Single, Mix, Inner] =>
    host.echoRecords(a, b, c),
  roundtripTails: (t: Array<Tail>): Array<Tail> => host.echoTails(t),
  roundtripAligned: (t: Aligned): Aligned => host.echoAligned(t),
};

type _ = Check<typeof import('./guest.js')>;
