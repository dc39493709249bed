import { Counter } from 'defect:borrow-params/host';

export const run = {
  make(start) {
    return new Counter(start);
  },
  read(c) {
    return c.get();
  },
  ignore(c) {
    return 1;
  },
};
