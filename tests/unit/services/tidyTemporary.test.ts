import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { Recordings } from '../../../src/main/services/recordings';
import { openSettings } from '../../../src/main/services/settingsStore';
import { tidyBeside } from '../../../src/main/services/tidyTemporary';
import { tempSettings } from '../../support/settings';

const folder = (): string => mkdtempSync(join(tmpdir(), 'sticky-tidy-'));
const gonePid = (): string => execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
const aged = (path: string, seconds: number): void =>
  utimesSync(path, new Date(Date.now() - seconds * 1000), new Date(Date.now() - seconds * 1000));

test("at start, what unfinished writes left beside a store goes; live writers' files and anyone else's stay", () => {
  const cwd = folder();
  const files = {
    deadWriter: `.settings.json.${gonePid()}.k3j9x.sticky-tmp`,
    liveWriter: `.settings.json.${process.pid}.a1b2c.sticky-tmp`,
    oldConf: 'settings.json.tmp-1765000000abc123',
    freshConf: 'settings.json.tmp-1765000001abc123',
    deadLock: 'settings.json.lock',
    oldBroken: 'settings.json.lock.x7y8z.stale',
    someoneElses: 'notes.txt.tmp-1765000000abc123',
    otherLock: 'other.json.lock',
  };
  for (const name of Object.values(files)) writeFileSync(join(cwd, name), name === files.deadLock ? `${gonePid()} ${hostname()} abc` : 'x');
  aged(join(cwd, files.oldConf), 120);
  aged(join(cwd, files.oldBroken), 120);
  aged(join(cwd, files.someoneElses), 120);
  openSettings(() => tempSettings(cwd)); // the app's start
  expect(readdirSync(cwd).sort()).toEqual([files.liveWriter, files.freshConf, files.someoneElses, files.otherLock, 'settings.json'].sort());
  expect(tidyBeside([join(cwd, 'settings.json')])).toBe(0); // nothing more to remove
});

test('a recording whose write fails (a full disk: /dev/full) leaves no .wav.part behind', async () => {
  const dir = folder();
  const recordings = new Recordings(dir, () => true);
  symlinkSync('/dev/full', join(dir, 'run-1.wav.part'));
  await expect(recordings.append('run-1', 0, new Uint8Array(64), false)).rejects.toMatchObject({ code: 'ENOSPC' });
  expect(existsSync(join(dir, 'run-1.wav.part'))).toBe(false);
});
