import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RecentFiles } from '../../../src/main/services/recentFiles';
import { SETTINGS_DEFAULTS } from '../../../src/main/services/settingsStore';
import { tempSettings } from '../../support/settings';

describe('settings store', () => {
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

  test('a corrupted settings file is reset to the defaults instead of crashing', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sticky-settings-'));
    writeFileSync(join(cwd, 'settings.json'), '{"theme": 42, "recentFiles": "oops"');
    expect(tempSettings(cwd).store).toEqual(SETTINGS_DEFAULTS);
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
});
