import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import { TalkNotes, type TalkNow } from '../../../src/main/services/notes/notesService';
import type { Sidecar } from '../../../src/shared/notes';

const fixture = (version: number): string => join(__dirname, '../../fixtures/drafts', `lead-your-leaders.v${version}.md`);
const nowOf = (text: string): TalkNow => ({ text, talk: parseTalk(text) });
const span = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

function openTalk() {
  const folder = mkdtempSync(join(tmpdir(), 'sticky-store-placements-'));
  const path = join(folder, 'talk.md');
  copyFileSync(fixture(1), path);
  const text = readFileSync(path, 'utf8');
  const sidecar = (): Sidecar => JSON.parse(readFileSync(path.replace('.md', '.sticky.json'), 'utf8')) as Sidecar;
  return { path, text, sidecar, notes: new TalkNotes(path, nowOf(text)) };
}

describe('placements are stored back', () => {
  it('stores each moved note’s place through the locked save, once; orphans and unmoved notes keep their anchor', async () => {
    const { text, sidecar, notes } = openTalk();
    await notes.run({ kind: 'add', tag: 'concrete', text: 'Name her.', ...span(text, 'We do not have a data problem.') }, 'Ann');
    await notes.run({ kind: 'add', tag: 'general', text: 'Keep the video?', ...span(text, 'Watch the faces of the agents') }, 'Ann');
    await notes.run({ kind: 'add', tag: 'general', text: 'Numbers?', ...span(text, 'Research by Bain shows that a five percent') }, 'Ann');
    expect(await notes.storePlacements(nowOf(text))).toBeNull(); // nothing moved: nothing written
    const written = sidecar();

    const next = readFileSync(fixture(2), 'utf8');
    const stored = await notes.storePlacements(nowOf(next));
    expect(stored).not.toBeNull();
    const after = sidecar();
    const [data, video, bain] = after.notes;
    expect(next.slice(data!.anchor.start, data!.anchor.end)).toBe('We do not have a data problem.');
    expect(next.slice(0, data!.anchor.start).endsWith(data!.anchor.prefix)).toBe(true);
    expect(data!.anchor.prefix.length).toBeGreaterThanOrEqual(32);
    expect(data!.anchor.sectionId).toBe(written.notes[0]!.anchor.sectionId); // the section it was written in
    expect(video!.anchor).toEqual(written.notes[1]!.anchor); // an orphan keeps its anchor
    // Words changed: the place follows, the words it was written on stay, so the window shows both.
    expect(bain!.anchor.exact).toBe('Research by Bain shows that a five percent');
    expect(next.slice(bain!.anchor.start, bain!.anchor.end)).toContain('Bain & Company');
    expect(stored!.notes.find((note) => note.text === 'Numbers?')!.placement).toMatchObject({
      status: 'fuzzy',
      words: expect.stringContaining('Bain & Company'),
    });
    // Placing again from the stored anchors finds the same places: nothing more to store.
    expect(await notes.storePlacements(nowOf(next))).toBeNull();
    expect(sidecar()).toEqual(after);
  });

  it('keeps a note re-attached while its placement waited for the lock', async () => {
    const { path, text, sidecar, notes } = openTalk();
    const added = await notes.run({ kind: 'add', tag: 'general', text: 'x', ...span(text, 'We do not have a data problem.') }, 'Ann');
    const next = readFileSync(fixture(2), 'utf8');
    // Another writer (alive: this process) holds the lock; the re-attach queues first, then the store.
    const lock = `${path.replace('.md', '.sticky.json')}.lock`;
    writeFileSync(lock, `${process.pid} ${hostname()} other`);
    const reattaching = notes.run({ kind: 'reattach', id: added.notes[0]!.id, ...span(next, 'Good morning') }, 'Ann');
    const storing = notes.storePlacements(nowOf(next));
    rmSync(lock);
    await Promise.all([reattaching, storing]);
    expect(sidecar().notes[0]!.anchor.exact).toBe('Good morning');
  });
});
