#!/usr/bin/env node
// `npm start` (preview) and `npm run dev`: Electron downloads its runtime lazily, once, the first
// time it is asked for it; electron-vite does not ask, it only looks for it. So ask first (this
// downloads on first start), then hand the runtime's path to electron-vite.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const mode = process.argv[2] === 'dev' ? 'dev' : 'preview';
const talkArguments = process.argv.slice(3);

let electronPath;
try {
  electronPath = require('electron'); // the executable's path; downloads the runtime if it is missing
} catch (error) {
  process.stderr.write(
    `Sticky runs on Electron, whose runtime downloads once, on the first start, and that did not work:\n  ${error.message}\n` +
      'Check your internet connection and run `npm start` again.\n',
  );
  process.exit(1);
}

const child = spawn(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), mode, '--', ...talkArguments], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: electronPath },
});
child.on('exit', (code) => process.exit(code ?? 0));
