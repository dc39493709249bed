import * as host from 'defect:joined-slots/host';
export const run = {
  echo(x) { return x; },
  relay(x) { return host.echo(x); },
};
