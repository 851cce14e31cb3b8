import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { LIVE_HOLDER_MS, LOCK_WAIT_MS, STALE_LOCK_MS, withFileLock, withFileLockAsync } from '../../../src/main/services/fileLock';
import { openSettings } from '../../../src/main/services/settingsStore';
import { clearStoreNotices } from '../../../src/main/services/storeNotices';
import { bundleForNode } from '../../support/bundle';
import { tempSettings } from '../../support/settings';

const folder = (): string => mkdtempSync(join(tmpdir(), 'sticky-store-files-'));

describe("a store file that is not a file (the app's own settings.json)", () => {
  beforeEach(() => clearStoreNotices());

  const makers: Record<string, (path: string) => void> = {
    'a named pipe': (path) => execFileSync('mkfifo', [path]),
    'a link to /dev/zero': (path) => symlinkSync('/dev/zero', path),
    'a 50 MB file': (path) => {
      writeFileSync(path, '{}');
      truncateSync(path, 50 * 1024 * 1024);
    },
  };
  for (const [what, make] of Object.entries(makers))
    test(`${what}: the app starts at once with the defaults in memory and a plain notice, and the file is left as it is`, () => {
      const cwd = folder();
      make(join(cwd, 'settings.json'));
      const started = Date.now();
      const { store, notice } = openSettings(() => tempSettings(cwd));
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(store.get('theme')).toBe('system');
      expect(notice!.message).toMatch(/"settings\.json" is (a named pipe|a device|larger than 16 MB).*Move it away/);
    });
});

describe('settings written by two processes at once', () => {
  let child: string;
  beforeAll(async () => {
    child = await bundleForNode(join(__dirname, 'fixtures/settingsWriter.ts'));
  }, 60_000);

  test('each sets the pace of 200 talks: all 400 kept (the settings take the same lock as the other stores)', async () => {
    const cwd = folder();
    tempSettings(cwd); // the file with its defaults, as the app's first start leaves it
    const writers = ['a', 'b'].map((prefix) => fork(child, [cwd, prefix, '200'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
    const codes = await Promise.all(writers.map((writer) => new Promise((done) => writer.on('exit', done))));
    expect(codes).toEqual([0, 0]);
    expect(Object.keys(tempSettings(cwd).get('paceByTalk'))).toHaveLength(400);
    expect(readdirSync(cwd).filter((name) => name !== 'settings.json')).toEqual([]); // no lock or temporary file left
  }, 60_000);
});

describe('locks cannot wedge', () => {
  const lockBeside = (token: string, mtime = new Date()): string => {
    const path = join(folder(), 'talk.sticky.json');
    writeFileSync(`${path}.lock`, token);
    utimesSync(`${path}.lock`, mtime, mtime);
    return path;
  };

  test('a lock dated a year ahead is broken at once', () => {
    const path = lockBeside('12345 elsewhere abc', new Date(Date.now() + 365 * 24 * 3600 * 1000));
    const started = Date.now();
    expect(withFileLock(path, () => 'saved')).toBe('saved');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(readdirSync(join(path, '..'))).toEqual([]);
  });

  test('a fresh lock left by a process of this machine that is gone is broken at once', async () => {
    const gone = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const path = lockBeside(`${gone} ${(await import('node:os')).hostname()} abc`);
    const started = Date.now();
    expect(await withFileLockAsync(path, () => 'saved')).toBe('saved');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test('while a live writer holds the lock, the async wait lets the event loop run, and goes on when it is let go', async () => {
    const path = lockBeside(`${process.pid} live-writer abc`);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    setTimeout(() => execFileSync('rm', ['-f', `${path}.lock`]), 300);
    expect(await withFileLockAsync(path, () => 'saved')).toBe('saved');
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(10);
  });

  test('a live writer of this machine keeps its lock past the stale age (a slow write is not cut off); a minute-old one is broken', async () => {
    const host = (await import('node:os')).hostname();
    const slow = lockBeside(`${process.ppid} ${host} abc`, new Date(Date.now() - 2 * STALE_LOCK_MS));
    await expect(withFileLockAsync(slow, () => 'saved')).rejects.toMatchObject({ params: { reason: 'lock-busy' } });
    const left = lockBeside(`${process.ppid} ${host} abc`, new Date(Date.now() - LIVE_HOLDER_MS - 1_000));
    expect(withFileLock(left, () => 'saved')).toBe('saved');
    // Another machine's writer cannot be asked: its lock is stale at the stale age.
    const elsewhere = lockBeside('12345 elsewhere abc', new Date(Date.now() - 2 * STALE_LOCK_MS));
    expect(withFileLock(elsewhere, () => 'saved')).toBe('saved');
  }, 15_000);

  test('a lock that is not a file (a folder) is never broken: the wait ends with a plain message', async () => {
    const path = join(folder(), 'settings.json');
    mkdirSync(`${path}.lock`);
    const started = Date.now();
    await expect(withFileLockAsync(path, () => 'saved')).rejects.toMatchObject({ params: { reason: 'lock-busy' } });
    expect(Date.now() - started).toBeLessThan(LOCK_WAIT_MS + 1_000);
  }, 15_000);
});
