// Each export sends its flags through the host and returns what came back.
import type { Check } from 'test:flag-sizes/flag-sizes';
import * as host from 'test:flag-sizes/host';
import type { AllFlags, Eight, Nine, One, Perms, Seventeen, Sixteen, ThirtyTwo } from 'test:flag-sizes/types';

export const run = {
  roundtripOne: (f: One): One => host.echoOne(f),
  roundtripEight: (f: Eight): Eight => host.echoEight(f),
  roundtripNine: (f: Nine): Nine => host.echoNine(f),
  roundtripSixteen: (f: Sixteen): Sixteen => host.echoSixteen(f),
  roundtripSeventeen: (f: Seventeen): Seventeen => host.echoSeventeen(f),
  roundtripThirtyTwo: (f: ThirtyTwo): ThirtyTwo => host.echoThirtyTwo(f),
  roundtripPerms: (f: Perms): Perms => host.echoPerms(f),
  roundtripAll: (f: AllFlags): AllFlags => host.echoAll(f),
  roundtripList: (f: Array<Nine>): Array<Nine> => host.echoList(f),
};

type _ = Check<typeof import('./guest.js')>;
