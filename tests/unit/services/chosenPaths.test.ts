import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ChosenPaths, NOT_CHOSEN_MESSAGE } from '../../../src/main/services/chosenPaths';
import { envelope } from '../../../src/main/services/userError';
import { tempServices } from '../../support/settings';

const TALK = '## A\n\nWe listened to every customer who called.\n';
const forbidden = { ok: false, error: { code: 'forbidden', message: NOT_CHOSEN_MESSAGE } };

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-chosen-'));
  writeFileSync(join(dir, 'talk.md'), TALK);
  writeFileSync(join(dir, 'secret.key'), 'PRIVATE KEY');
  return dir;
}

describe('ChosenPaths', () => {
  test('compares absolute paths, and counts what alsoChosen lists at the time of asking', () => {
    let recent = ['/talks/recent.md'];
    const chosen = new ChosenPaths(() => [...recent, null]);
    expect(chosen.allow('/talks/dropped.md')).toBe('/talks/dropped.md');
    expect(chosen.has('/talks/x/../dropped.md')).toBe(true);
    expect(chosen.has('/talks/recent.md')).toBe(true);
    expect(chosen.has('/talks/dropped.md/../../etc/other.md')).toBe(false);
    recent = [];
    expect(chosen.has('/talks/recent.md')).toBe(false);
    expect(() => chosen.check('/talks/recent.md')).toThrow(NOT_CHOSEN_MESSAGE);
  });

  test('remembers at most 1,000 paths, forgetting the oldest first', () => {
    const chosen = new ChosenPaths();
    for (let i = 0; i <= 1_000; i++) chosen.allow(`/drops/${i}.md`);
    expect(chosen.has('/drops/0.md')).toBe(false);
    expect(chosen.has('/drops/1.md')).toBe(true);
    expect(chosen.has('/drops/1000.md')).toBe(true);
  });
});

describe('openFile from the page', () => {
  test('a path the user did not choose is refused alike whether it exists or not', async () => {
    const dir = folder();
    const { handlers, talks } = tempServices();
    expect(await envelope(() => handlers.openFile(join(dir, 'talk.md')))).toEqual(forbidden);
    expect(await envelope(() => handlers.openFile(join(dir, 'missing.md')))).toEqual(forbidden);
    expect(await envelope(() => handlers.openFile(join(dir, 'secret.key')))).toEqual(forbidden);
    expect(talks.current).toBeNull();
    expect(talks.error).toBeNull(); // nothing was tried, so there is nothing to report either
  });

  test('opens what came from the dialog, a drop, the recent list, the samples and the open talk', async () => {
    const dir = folder();
    const picked = join(dir, 'picked.md');
    writeFileSync(picked, TALK);
    const { handlers, talks, chosen, samples, settings } = tempServices({ pickTalkFile: picked });
    await expect(handlers.openDialog()).resolves.toMatchObject({ path: picked });
    await expect(handlers.openFile(picked)).resolves.toMatchObject({ path: picked });
    await expect(handlers.openFile(samples[0]!.path)).resolves.toMatchObject({ name: samples[0]!.name });
    chosen.allow(join(dir, 'talk.md')); // what ipc.ts does with a path the preload read off a drop
    await expect(handlers.openFile(join(dir, 'talk.md'))).resolves.toMatchObject({ name: 'talk.md' });
    const older = join(dir, 'older.md');
    writeFileSync(older, TALK);
    settings.set('recentFiles', [older]);
    await expect(handlers.openFile(older)).resolves.toMatchObject({ path: older });
    settings.set('recentFiles', []);
    await expect(handlers.openFile(older)).resolves.toMatchObject({ path: older }); // the open talk, which the watcher follows
    await expect(handlers.openFile(join(dir, 'talk.md'))).resolves.toMatchObject({ name: 'talk.md' });
    settings.set('recentFiles', []);
    await expect(envelope(() => handlers.openFile(older))).resolves.toEqual(forbidden); // no longer open nor recent
    await talks.close();
  });

  test('a chosen .md link is followed first: to another kind of file it is refused, naming only the link', async () => {
    const dir = folder();
    const link = join(dir, 'notes.md');
    symlinkSync(join(dir, 'secret.key'), link);
    const chained = join(dir, 'chained.md');
    symlinkSync(link, chained);
    const { handlers, chosen, talks } = tempServices();
    for (const path of [link, chained]) {
      chosen.allow(path);
      const result = await envelope(() => handlers.openFile(path));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'not-markdown', message: expect.stringContaining('links to a file that') },
      });
      expect(JSON.stringify(result)).not.toMatch(/secret|PRIVATE/);
    }
    expect(talks.current).toBeNull();
  });

  test('a chosen link to a Markdown file opens, under the name it was chosen by', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'keynote.md'), TALK);
    const link = join(dir, 'shortcut.md');
    symlinkSync(resolve(dir, 'real', 'keynote.md'), link);
    const { handlers, chosen, talks } = tempServices();
    chosen.allow(link);
    await expect(handlers.openFile(link)).resolves.toMatchObject({ path: link, name: 'shortcut.md' });
    expect(talks.current?.text).toBe(TALK);
    await talks.close();
  });
});
