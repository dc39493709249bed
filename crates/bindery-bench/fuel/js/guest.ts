// The fuel bench's JavaScript guest (ComponentizeJS), built against
// bindery's declarations: each export hands its argument back as its
// result, so what is measured is the engine's glue (bindery writes
// declarations only; no wit-bindgen guest exists to compare with).
import type { Guest, Check } from 'bench:fuel/fuel';
import { sink } from 'bench:fuel/host';

// What sendBytes lends to the host: held by the guest, not built per call.
const bytes = new Uint8Array(1 << 20).fill(7);

export const run: Guest['run'] = {
  empty() {},
  echoBytes: (v) => v,
  echoStrings: (v) => v,
  echoItems: (v) => v,
  sendBytes() {
    sink(bytes);
  },
};

type _ = Check<typeof import('./guest.js')>;
