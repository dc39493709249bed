// Logs a line, as a guest reporting its progress does, and answers.
export const run = {
  hello() {
    console.log('hello from the guest');
    return 'logged';
  },
};
