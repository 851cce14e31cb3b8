#!/usr/bin/env node
// `npm start` (preview) and `npm run dev`. Electron downloads its runtime lazily, once, the first
// time it is asked for it; electron-vite does not ask, it only looks for it. So fetch it first
// with Electron's own installer (its output kept back, so a failed download reads as one clear
// message rather than a stack), then hand the runtime's path to electron-vite, run through the
// `bin` entry its package.json declares (its `exports` hide every other file).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const mode = process.argv[2] === 'dev' ? 'dev' : 'preview';
// npm runs scripts in the project folder; a talk named on the command line is relative to where
// `npm start -- talk.md` was typed (INIT_CWD), so hand Electron an absolute path.
const typedIn = process.env.INIT_CWD ?? process.cwd();
const talkArguments = process.argv.slice(3).map((arg) => (arg.startsWith('-') ? arg : resolve(typedIn, arg)));

const electronDir = dirname(require.resolve('electron/package.json'));
const { version: electronVersion } = require('electron/package.json');

/** The runtime's executable, as Electron's index.js finds it, or undefined before the download. */
function runtimePath() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const full = override ? join(override, relative) : join(electronDir, 'dist', relative);
  return existsSync(full) ? full : undefined;
}

/** Runs Electron's installer (download, checksum, unpack); resolves to its exit code and stderr. */
function download() {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const started = Date.now();
    // The installer draws no progress when its output is not a terminal, so say it is still going.
    const beat = setInterval(() => process.stdout.write(`  still downloading (${Math.round((Date.now() - started) / 1000)} s)…\n`), 30_000);
    child.on('error', (error) => {
      clearInterval(beat);
      done({ code: 1, stderr: error.message });
    });
    child.on('close', (code) => {
      clearInterval(beat);
      done({ code: code ?? 1, stderr });
    });
  });
}

/** The installer's reason in one line: the first line of its error, never the stack. */
function reason(stderr) {
  const lines = stderr.split('\n').map((line) => line.trim());
  return lines.find((line) => line !== '' && !line.startsWith('at ')) ?? 'the download stopped without saying why';
}

let electronPath = runtimePath();
if (!electronPath) {
  process.stdout.write(`Downloading Electron ${electronVersion}'s runtime (once)…\n`);
  const result = await download();
  electronPath = runtimePath();
  if (result.code !== 0 || !electronPath) {
    process.stderr.write(
      `Sticky runs on Electron, whose runtime downloads once, on the first start, and that did not work:\n` +
        `  ${reason(result.stderr)}\n` +
        'Check your internet connection and run `npm start` again (ELECTRON_MIRROR names another download site).\n',
    );
    process.exit(1);
  }
  process.stdout.write("Electron's runtime is ready.\n");
}

const { bin } = require('electron-vite/package.json');
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), typeof bin === 'string' ? bin : bin['electron-vite']);
const child = spawn(process.execPath, [electronVite, mode, ...(talkArguments.length > 0 ? ['--', ...talkArguments] : [])], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: electronPath },
});
// A child killed by a signal has no exit code: that is a failure, not a success.
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
