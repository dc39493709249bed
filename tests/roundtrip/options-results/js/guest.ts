// Each export sends its option or result through the host and returns what
// came back. A `result` returned by a function is its ok value, and its err
// payload is thrown: the host's import throws an error carrying the payload
// in `payload`, and the export throws the payload itself.
import type { Check } from 'test:options-results/options-results';
import * as host from 'test:options-results/host';
import type { Failure, Holder, Option, Result } from 'test:options-results/types';

/** Runs an import and rethrows its err payload as the export's. */
function relay<T>(call: () => T): T {
  try {
    return call();
  } catch (e) {
    throw (e as { payload: unknown }).payload;
  }
}

export const run = {
  roundtripOptionU32: (x: number | undefined): number | undefined => host.echoOptionU32(x),
  roundtripOptionString: (x: string | undefined): string | undefined =>
    host.echoOptionString(x),
  roundtripOptionOption: (x: Option<number | undefined>): Option<number | undefined> =>
    host.echoOptionOption(x),
  roundtripOptionOptionString: (x: Option<string | undefined>): Option<string | undefined> =>
    host.echoOptionOptionString(x),
  roundtripOptionList: (x: Uint8Array | undefined): Uint8Array | undefined =>
    host.echoOptionList(x),
  roundtripResult: (x: Result<string, Failure>): string => relay(() => host.echoResult(x)),
  roundtripResultNoOk: (x: Result<void, string>): void => relay(() => host.echoResultNoOk(x)),
  roundtripResultNoErr: (x: Result<bigint, void>): bigint =>
    relay(() => host.echoResultNoErr(x)),
  roundtripResultEmpty: (x: Result<void, void>): void => relay(() => host.echoResultEmpty(x)),
  roundtripResultF64U8: (x: Result<number, number>): number =>
    relay(() => host.echoResultF64U8(x)),
  roundtripResultLists: (x: Result<Array<string>, Uint8Array>): Array<string> =>
    relay(() => host.echoResultLists(x)),
  roundtripOptionResult: (
    x: Result<number, string> | undefined,
  ): Result<number, string> | undefined => host.echoOptionResult(x),
  roundtripResultOptions: (x: Result<number | undefined, string | undefined>): number | undefined =>
    relay(() => host.echoResultOptions(x)),
  roundtripHolder: (x: Holder): Holder => host.echoHolder(x),
  roundtripOptionF32: (x: number | undefined): number | undefined => host.echoOptionF32(x),
  roundtripOptionF64: (x: number | undefined): number | undefined => host.echoOptionF64(x),
  roundtripOptionChar: (x: string | undefined): string | undefined => host.echoOptionChar(x),
  roundtripResultF32S64: (x: Result<number, bigint>): number =>
    relay(() => host.echoResultF32S64(x)),
  roundtripResultCharF64: (x: Result<string, number>): string =>
    relay(() => host.echoResultCharF64(x)),
  parseDouble: (s: string): number => relay(() => host.parse(s)) * 2,
};

type _ = Check<typeof import('./guest.js')>;
