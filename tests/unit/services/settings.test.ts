import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { RecentFiles } from '../../../src/main/services/recentFiles';
import { cleanSettings } from '../../../src/main/services/settingsCheck';
import { openSettings, SETTINGS_DEFAULTS } from '../../../src/main/services/settingsStore';
import { clearStoreNotices, storeNotices } from '../../../src/main/services/storeNotices';
import { tempSettings } from '../../support/settings';

describe('settings store', () => {
  beforeEach(() => clearStoreNotices());

  test('starts with the defaults', () => {
    expect(tempSettings().store).toEqual(SETTINGS_DEFAULTS);
  });

  test('persists across instances', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sticky-settings-'));
    tempSettings(cwd).set('theme', 'dark');
    expect(tempSettings(cwd).get('theme')).toBe('dark');
  });

  test('refuses values outside the schema', () => {
    expect(() => tempSettings().set('theme', 'purple' as never)).toThrow();
  });

  test('a settings file that does not parse is kept aside, reported, and the defaults are used', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sticky-settings-'));
    writeFileSync(join(cwd, 'settings.json'), '{"theme": 42, "recentFiles": "oops"');
    expect(tempSettings(cwd).store).toEqual(SETTINGS_DEFAULTS);
    const backup = readdirSync(cwd).find((name) => name.startsWith('settings.corrupt-'));
    expect(readFileSync(join(cwd, backup!), 'utf8')).toBe('{"theme": 42, "recentFiles": "oops"');
    expect(storeNotices().map((notice) => notice.backup)).toEqual([join(cwd, backup!)]);
  });

  test('one bad setting falls back alone: an out-of-range pace loses that pace, not the recent files', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sticky-settings-'));
    const saved = {
      ...SETTINGS_DEFAULTS,
      recentFiles: ['/talks/a.md', 7, '/talks/b.md'],
      theme: 'purple',
      paceByTalk: { '/talks/a.md': 140, '/talks/b.md': 900 },
      talkDefaults: { wpm: 5, audience: 'board', lang: 'nl' },
    };
    writeFileSync(join(cwd, 'settings.json'), JSON.stringify(saved));
    expect(tempSettings(cwd).store).toEqual({
      ...SETTINGS_DEFAULTS,
      recentFiles: ['/talks/a.md', '/talks/b.md'],
      paceByTalk: { '/talks/a.md': 140 },
      talkDefaults: { wpm: null, audience: 'board', lang: 'nl' },
    });
    expect(storeNotices()[0]!.message).toContain('recentFiles[1], theme, paceByTalk./talks/b.md, talkDefaults.wpm');
  });

  test('whatever a settings file holds, the store opens and every value passes the schema', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(SETTINGS_DEFAULTS), 'other'), fc.jsonValue()), (raw) => {
        const settings = cleanSettings(raw).data;
        // conf validates what it reads; a value it refused would wipe the whole file.
        expect(() => tempSettings().set(settings)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  test('a settings file that cannot be read at all: the defaults in memory and a notice, never a throw', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sticky-settings-'));
    mkdirSync(join(cwd, 'settings.json')); // a folder where the file should be: EISDIR
    const { store, notice } = openSettings(() => tempSettings(cwd));
    expect(store.get('theme')).toBe('system');
    store.set('theme', 'dark');
    expect(store.get('theme')).toBe('dark');
    expect(notice!.message).toMatch(
      /could not open its settings file \(.*"settings\.json" is a folder, not a file\..*cannot save settings/,
    );
    expect(storeNotices()).toEqual([notice]);
    expect(openSettings(() => tempSettings()).notice).toBeNull();
  });
});

describe('RecentFiles', () => {
  test('most recent first, no duplicates, at most ten, and remembers the last file', () => {
    const settings = tempSettings();
    const recent = new RecentFiles(settings);
    for (let i = 0; i < 12; i++) recent.add(`/talks/${i}.md`);
    recent.add('/talks/5.md');
    const paths = recent.list().map((file) => file.path);
    expect(paths).toHaveLength(10);
    expect(paths.slice(0, 3)).toEqual(['/talks/5.md', '/talks/11.md', '/talks/10.md']);
    expect(new Set(paths).size).toBe(10);
    expect(settings.get('lastFile')).toBe('/talks/5.md');
  });

  test('marks files that no longer exist, and forgets one or all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sticky-recent-'));
    const real = join(dir, 'real.md');
    writeFileSync(real, '## A');
    const recent = new RecentFiles(tempSettings());
    recent.add('/gone/talk.md');
    recent.add(real);
    expect(recent.list()).toEqual([
      { path: real, name: 'real.md', exists: true },
      { path: '/gone/talk.md', name: 'talk.md', exists: false },
    ]);
    expect(recent.remove('/gone/talk.md').map((file) => file.path)).toEqual([real]);
    expect(recent.remove()).toEqual([]);
  });

  test('an author name that is not text, or longer than a name, falls back to none on its own', () => {
    expect(cleanSettings({ author: 'Coach Kim' }).data.author).toBe('Coach Kim');
    for (const author of [42, 'x'.repeat(81)]) {
      const cleaned = cleanSettings({ author, theme: 'dark' });
      expect(cleaned.data).toMatchObject({ author: '', theme: 'dark' });
      expect(cleaned.dropped).toEqual(['author']);
    }
  });
});
