import { take } from 'defect:u32-results/host';

// Returns u32 values at and above 2^31: both engines lower them wrongly.
const values = [2147483647, 2147483648, 3000000000, 4294967295];

export const run = {
  big(which) {
    return values[which];
  },
  echo(x) {
    return x;
  },
  relay(x) {
    return take(x);
  },
};
