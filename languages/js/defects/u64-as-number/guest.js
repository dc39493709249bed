// Returns u64 values as the Component Model's JavaScript mapping has them,
// bigints, and echoes what the engine passes in.
export const run = {
  biggest() {
    return 18446744073709551615n;
  },
  echo(x) {
    return x;
  },
};
