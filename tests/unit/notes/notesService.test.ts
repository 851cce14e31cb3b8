import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import { NoteEditError } from '../../../src/main/services/notes/noteEdits';
import { notesView, NotesNotSaved, TalkNotes, type TalkNow } from '../../../src/main/services/notes/notesService';
import { SidecarSession } from '../../../src/main/services/notes/sidecarSession';

const fixture = (version: number): string => join(__dirname, '../../fixtures/drafts', `lead-your-leaders.v${version}.md`);
const nowOf = (text: string): TalkNow => ({ text, talk: parseTalk(text) });

function openTalk() {
  const folder = mkdtempSync(join(tmpdir(), 'sticky-talk-notes-'));
  const path = join(folder, 'talk.md');
  copyFileSync(fixture(1), path);
  const text = readFileSync(path, 'utf8');
  return { path, text, notes: new TalkNotes(path, nowOf(text)) };
}
const span = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

describe('the notes of an open talk', () => {
  it('adds, replies, resolves and dismisses; the view places notes and follows the talk to its next draft', async () => {
    const { text, notes } = openTalk();
    await notes.run({ kind: 'add', tag: 'concrete', text: 'Name the customer.', ...span(text, 'We do not have a data problem.') }, 'Ann');
    const added = await notes.run(
      { kind: 'add', tag: 'general', text: 'Keep the video?', ...span(text, 'Watch the faces of the agents') },
      'Ann',
    );
    const [first] = added.notes;
    await notes.run({ kind: 'reply', id: first!.id, text: 'Margaret, again?' }, 'Nienke');
    const view = await notes.run({ kind: 'resolve', id: first!.id, resolved: true }, 'Nienke');
    expect(view.notes[0]).toMatchObject({
      resolved: { by: 'Nienke' },
      replies: [{ author: 'Nienke' }],
      placement: { status: 'exact', sectionId: 'where-we-are-now' },
    });
    expect(view.authors).toEqual(['Ann', 'Nienke']);
    await expect(notes.run({ kind: 'edit', id: first!.id, text: 'mine' }, 'Nienke')).rejects.toThrow(NoteEditError);

    const finding = analyseTalk(text).analysis.sections[2]!.findings[0]!;
    await notes.run(
      {
        kind: 'dismiss',
        finding: { key: finding.key!, ruleId: finding.ruleId, sectionId: finding.sectionId!, actual: finding.actual! },
        reason: 'fine',
      },
      'Ann',
    );
    expect(notes.dismissals().map((item) => item.key)).toEqual([finding.key]);
    const applied = analyseTalk(text, { dismissed: notes.dismissals() }).analysis;
    expect(notes.view({ ...nowOf(text), analysis: applied }).staleDismissals).toEqual([]);
    const renamed = analyseTalk(text.replace('## Where we are now', '## Where we stand'), { dismissed: notes.dismissals() }).analysis;
    expect(notes.view({ ...nowOf(text), analysis: renamed }).staleDismissals.map((item) => item.key)).toEqual([finding.key]);

    const next = readFileSync(fixture(2), 'utf8');
    const moved = notes.view(nowOf(next));
    expect(moved.notes.map((note) => note.placement.sectionId)).toEqual(['where-we-stand']);
    expect(moved.orphans.map((note) => note.text)).toEqual(['Keep the video?']);
    const reattached = await notes.run({ kind: 'reattach', id: moved.orphans[0]!.id, ...span(next, 'Mark every moment') }, 'Ann');
    expect(reattached.orphans).toEqual([]);
    expect(reattached.notes.map((note) => note.anchor.exact)).toContain('Mark every moment');
  });

  it('shows a corrupt sidecar read-only with the reason, refuses a save (NotesNotSaved), and does not touch it', async () => {
    const { path, text } = openTalk();
    const sidecar = path.replace('.md', '.sticky.json');
    writeFileSync(sidecar, '{ not json');
    const notes = new TalkNotes(path, nowOf(text));
    expect(notes.view()).toMatchObject({ writable: false, problem: expect.stringContaining('cannot be read'), notes: [] });
    const refused = notes.run({ kind: 'add', tag: 'general', text: 'x', ...span(text, 'Good morning') }, 'Ann');
    await expect(refused).rejects.toThrow(NotesNotSaved);
    await expect(refused).rejects.toMatchObject({ view: { writable: false }, problem: { kind: 'corrupt' } });
    expect(readFileSync(sidecar, 'utf8')).toBe('{ not json');
  });

  it('refuses a save when the sidecar turned corrupt or newer after it was opened: the change is on neither disk nor reported saved', async () => {
    for (const turned of ['{ "format": "sticky-notes", "broken', '{"format":"sticky-notes","version":99}']) {
      const { path, text, notes } = openTalk();
      await notes.run({ kind: 'add', tag: 'general', text: 'first', ...span(text, 'Good morning') }, 'Ann');
      const sidecar = path.replace('.md', '.sticky.json');
      writeFileSync(sidecar, turned);
      const refused = notes.run({ kind: 'add', tag: 'general', text: 'second', ...span(text, 'Good morning') }, 'Ann');
      await expect(refused).rejects.toThrow(NotesNotSaved);
      await expect(refused).rejects.toThrow(/Nothing was saved/);
      expect(readFileSync(sidecar, 'utf8')).toBe(turned);
    }
  });

  it('says up front that notes cannot be saved in a folder that cannot be written, with the reason in plain words', async () => {
    const { path, text } = openTalk();
    const session = SidecarSession.open(path, undefined, () => 'EROFS');
    expect(session.state).toMatchObject({ status: 'blocked', problem: { kind: 'read-only', detail: 'EROFS' } });
    const view = notesView({ state: session.state, events: [], merged: false }, nowOf(text), 'nl');
    expect(view.writable).toBe(false);
    expect(view.problem).toContain('alleen-lezen');
    expect(notesView({ state: session.state, events: [], merged: false }, nowOf(text), 'en').problem).toContain('read-only');
    expect((await session.changeAsync((sidecar) => sidecar)).state.status).toBe('blocked');
    expect(existsSync(path.replace('.md', '.sticky.json'))).toBe(false);
    // The folder made writable again: the next save goes through.
    let code: string | null = 'EACCES';
    const later = SidecarSession.open(path, undefined, () => code);
    code = null;
    expect((await later.changeAsync((sidecar) => ({ ...sidecar, authors: ['Ann'] }))).state.status).toBe('ready');
  });
});
