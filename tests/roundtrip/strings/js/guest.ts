// Each export sends its strings through the host and returns what came
// back; `measure` counts UTF-8 bytes and code points of the host's copy.
import type { Check } from 'test:strings/strings';
import * as host from 'test:strings/host';

export const run = {
  roundtrip: (s: string): string => host.echo(s),
  roundtripThree: (a: string, b: string, c: string): [string, string, string] =>
    host.echoThree(a, b, c),
  concat: (a: string, b: string): string => host.concat(a, b),
  measure(s: string): [number, number] {
    const back = host.echo(s);
    let bytes = 0;
    let chars = 0;
    for (const c of back) {
      bytes += utf8Length(c.codePointAt(0) ?? 0);
      chars += 1;
    }
    return [bytes, chars];
  },
};

/** How many bytes UTF-8 takes for the code point (TextEncoder is not in the ES library guests are checked against). */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

type _ = Check<typeof import('./guest.js')>;
