import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { samplesDirectory, talkArgument } from '../../../src/main/services/launch';

const dir = mkdtempSync(join(tmpdir(), 'sticky-launch-'));
mkdirSync(join(dir, 'talks'));
const talk = join(dir, 'talks', 'my talk.md');
writeFileSync(talk, '# Talk\n');
writeFileSync(join(dir, 'notes.pdf'), '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('talkArgument', () => {
  it('resolves a relative talk against where the command was typed, skipping the app path and flags', () => {
    expect(talkArgument(['electron', '.', '--no-sandbox', 'talks/my talk.md'], dir)).toBe(talk);
  });
  it('takes an absolute path and a file:// URL (what a Linux file manager passes for %U)', () => {
    expect(talkArgument(['sticky', talk], '/elsewhere')).toBe(talk);
    expect(talkArgument(['sticky', pathToFileURL(talk).href], '/elsewhere')).toBe(talk);
  });
  it('ignores files that are not talks and talks that do not exist', () => {
    expect(talkArgument(['sticky', 'notes.pdf', 'missing.md'], dir)).toBeUndefined();
  });
});

describe('samplesDirectory', () => {
  it('is beside the archive in a packaged app, and in the project otherwise', () => {
    expect(samplesDirectory({ isPackaged: true, resourcesPath: '/opt/Sticky/resources', appPath: '/opt/Sticky/resources/app.asar' })).toBe(
      join('/opt/Sticky/resources', 'samples'),
    );
    expect(samplesDirectory({ isPackaged: false, resourcesPath: '/x', appPath: '/repo' })).toBe(join('/repo', 'resources', 'samples'));
  });
});
