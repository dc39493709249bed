// Returns negative s64 values: ComponentizeJS aborts lowering them.
export const run = {
  minusOne() {
    return -1n;
  },
  echo(x) {
    return x;
  },
};
