// Counts live gadgets: construction adds one, disposal (under either
// spelling of the symbol) takes one away.
let live = 0;

class Gadget {
  constructor(label) {
    this.name = label;
    live += 1;
  }

  label() {
    return this.name;
  }

  [Symbol.dispose]() {
    live -= 1;
  }

  [Symbol.for('dispose')]() {
    live -= 1;
  }
}

export const run = {
  Gadget,
  live() {
    return live;
  },
};
