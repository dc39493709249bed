// Records every disposal, so the host can see which drops reached it.
const disposed = [];

class Gadget {
  constructor(label) {
    this.label = label;
  }

  [Symbol.dispose]() {
    disposed.push(this.label);
  }
}

export const run = {
  Gadget,
  pass(g) {
    return g;
  },
  disposed() {
    return disposed;
  },
};
