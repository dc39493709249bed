const iface = {
  add(a, b) {
    return a + b;
  },
};

export { iface as 'defect:export-full-names/api' };

export function api() {
  return 'api';
}
