#!/usr/bin/env node
// Launcher for the `sticky` command: runs the built CLI under plain Node (no Electron needed).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('sticky: the command is not built yet. Run `npm run build` in the Sticky folder, then try again.\n');
  process.exit(1);
}
require(cli)
  .main(process.argv.slice(2))
  .catch((error) => {
    process.stderr.write(`sticky: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
