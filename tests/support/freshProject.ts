import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project this test runs in. */
export const projectRoot = resolve(__dirname, '..', '..');

/** Whether the real node_modules/electron has its runtime (`path.txt`, `dist/`): a test must not change it. */
export function realElectronState(): string {
  const electron = join(projectRoot, 'node_modules', 'electron');
  return ['path.txt', 'dist'].map((name) => `${name}:${existsSync(join(electron, name))}`).join(' ');
}

// What a clone has that a fresh copy must not: installs, builds, reports, history, and the
// folders no start or package step reads (corpora, screenshots) to keep the copy quick.
const LEFT_OUT = new Set(['node_modules', 'out', 'dist', '.git', 'test-results', 'playwright-report', 'artifacts', 'eval', 'docs']);

/** A temporary copy of the project, with its own untouched copy of the `electron` package. */
export interface FreshProject {
  dir: string;
  /** Runs `npm` there (or in a folder below it) with a clean environment; resolves when it exits. */
  npm(args: string[], options: { cwd?: string; env: Record<string, string> }): Promise<RunResult>;
  remove(): void;
}

/** How a command ended, with everything it printed. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Copies the project without its node_modules, then links every installed package into the copy
 * except `electron`, which is copied without `dist/` and `path.txt`: the copy starts as a fresh
 * install does, and the real node_modules/electron is never written to.
 */
export function freshProject(): FreshProject {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-fresh-'));
  cpSync(projectRoot, dir, { recursive: true, filter: (source) => source === projectRoot || !LEFT_OUT.has(relativeTop(source)) });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (name === 'electron' || name === '.vite') continue;
    symlinkSync(join(projectRoot, 'node_modules', name), join(modules, name));
  }
  const electron = join(projectRoot, 'node_modules', 'electron');
  cpSync(electron, join(modules, 'electron'), {
    recursive: true,
    filter: (source) => source !== join(electron, 'dist') && source !== join(electron, 'path.txt'),
  });
  return {
    dir,
    npm: (args, options) => run('npm', args, options.cwd ?? dir, options.env),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function relativeTop(source: string): string {
  return source.slice(projectRoot.length + 1).split(/[\\/]/)[0] ?? '';
}

/**
 * The environment of a user's fresh shell: this process's, less what npm and the test runner
 * add (npm_* settings, INIT_CWD, Vitest's own), plus `extra`.
 */
export function userEnvironment(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^(npm_|INIT_CWD$|VITEST|NODE_ENV$|ELECTRON_)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

const RUN_LIMIT_MS = 150_000; // a bound: no start or package run here takes near this

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}
