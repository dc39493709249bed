// Each export sends its list through the host and returns what came back;
// `sum` adds up the host's copy itself and asks the host for its sum too.
import type { Check } from 'test:lists/lists';
import * as host from 'test:lists/host';
import type { Point } from 'test:lists/types';

export const run = {
  roundtripBytes: (l: Uint8Array): Uint8Array => host.echoBytes(l),
  roundtripU64s: (l: BigUint64Array): BigUint64Array => host.echoU64s(l),
  roundtripS16s: (l: Int16Array): Int16Array => host.echoS16s(l),
  roundtripF32s: (l: Float32Array): Float32Array => host.echoF32s(l),
  roundtripF64s: (l: Float64Array): Float64Array => host.echoF64s(l),
  roundtripBools: (l: Array<boolean>): Array<boolean> => host.echoBools(l),
  roundtripChars: (l: Array<string>): Array<string> => host.echoChars(l),
  roundtripStrings: (l: Array<string>): Array<string> => host.echoStrings(l),
  roundtripNested: (l: Array<Array<string>>): Array<Array<string>> => host.echoNested(l),
  roundtripPoints: (l: Array<Point>): Array<Point> => host.echoPoints(l),
  roundtripOptions: (l: Array<number | undefined>): Array<number | undefined> =>
    host.echoOptions(l),
  roundtripPairs: (l: Array<[number, string]>): Array<[number, string]> => host.echoPairs(l),
  sum(l: Uint8Array): [bigint, bigint] {
    const back = host.echoBytes(l);
    let mine = 0;
    for (const b of back) {
      mine += b;
    }
    return [BigInt(mine), host.sum(l)];
  },
};

type _ = Check<typeof import('./guest.js')>;
