export const run = {
  answer() {
    return 42;
  },
};
