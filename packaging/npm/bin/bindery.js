#!/usr/bin/env node
// `npx bindery …`: runs the native bindery binary this package carries for
// the host (native/<platform>-<arch>/), passing arguments, standard streams
// and the exit status through unchanged.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const native = path.join(__dirname, '..', 'native');
const host = `${process.platform}-${process.arch}`;
const binary = path.join(native, host, process.platform === 'win32' ? 'bindery.exe' : 'bindery');

if (!fs.existsSync(binary)) {
  const carried = fs.existsSync(native) ? fs.readdirSync(native).join(', ') : '';
  console.error(
    `bindery: this package has no binary for ${host} (it carries: ${carried || 'none'}); ` +
      'install bindery with `cargo install bindery` or `pip install bindery` instead',
  );
  process.exit(1);
}

const run = spawnSync(binary, process.argv.slice(2), { stdio: 'inherit' });
if (run.error) {
  console.error(`bindery: cannot run ${binary}: ${run.error.message}`);
  process.exit(1);
}
if (run.signal) {
  // Die the way the binary died, so shells and build tools see the signal.
  process.kill(process.pid, run.signal);
}
process.exit(run.status ?? 1);
