// componentize-qjs makes a function the world imports itself a global of
// its name (ComponentizeJS a module of its name): this reproducer is built
// with componentize-qjs only.
export function scaleTwice(p, by) {
  return globalThis.scale(globalThis.scale(p, by), by);
}
