import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addNote,
  deleteNote,
  dismissFinding,
  editNote,
  NoteEditError,
  replyToNote,
  setResolved,
  undismissFinding,
} from '../../../src/main/services/notes/noteEdits';
import { parseSidecar, serializeSidecar } from '../../../src/main/services/notes/sidecarFormat';
import { mergeSidecars } from '../../../src/main/services/notes/sidecarMerge';
import { mergeEventMessage, sidecarProblemMessage } from '../../../src/main/services/notes/sidecarMessages';
import { sidecarPathFor } from '../../../src/main/services/notes/sidecarPath';
import { SidecarSession } from '../../../src/main/services/notes/sidecarSession';
import { emptySidecar, type NoteAnchor, type Sidecar } from '../../../src/shared/notes';

const anchor: NoteAnchor = {
  sectionId: 'opening',
  sectionTitle: 'Lead',
  exact: 'Good morning',
  prefix: '',
  suffix: '. Before',
  start: 20,
  end: 32,
};
let serial = 0;
const as = (author: string, now = '2026-12-03T10:00:00.000Z') => ({ author, now, newId: () => `n${++serial}` });
const withNote = (sidecar: Sidecar, author: string, text: string) => addNote(sidecar, as(author), { tag: 'concrete', text, anchor });

const folder = (): string => mkdtempSync(join(tmpdir(), 'sticky-notes-'));
function talkIn(dir: string, name = 'talk.md'): string {
  const path = join(dir, name);
  writeFileSync(path, '# Talk\n\nGood morning.\n');
  return path;
}

describe('sidecar format', () => {
  it('round-trips, one note per line, keys in a fixed order', () => {
    const { sidecar } = withNote(emptySidecar('talk.md'), 'Ann', 'Make it "concrete": <b>who</b>?');
    const text = serializeSidecar(replyToNote(sidecar, as('Bo'), sidecar.notes[0]!.id, 'Agreed'));
    const lines = text.split('\n');
    expect(lines[1]).toBe('  "format": "sticky-notes",');
    expect(lines.filter((line) => line.startsWith('    {"id":'))).toHaveLength(1);
    const parsed = parseSidecar(text);
    expect(parsed.ok && serializeSidecar(parsed.sidecar)).toBe(text);
  });

  it('writes tombstones (the newest thousand), and reads a file without them as having none', () => {
    const deleted = Array.from({ length: 1200 }, (_, index) => ({
      id: `n${index}`,
      by: 'Ann',
      at: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(),
    }));
    const parsed = parseSidecar(serializeSidecar({ ...emptySidecar('t.md'), deleted }));
    expect(parsed.ok && parsed.sidecar.deleted?.map((item) => item.id)).toEqual(deleted.slice(200).map((item) => item.id));
    const previous = parseSidecar(
      JSON.stringify({ format: 'sticky-notes', version: 1, talk: 't.md', authors: [], notes: [], dismissals: [] }),
    );
    expect(previous).toMatchObject({ ok: true, sidecar: { deleted: [] } });
    expect(parseSidecar(serializeSidecar({ ...emptySidecar('t.md'), deleted: [{ id: 'x', by: 3 } as never] }))).toMatchObject({
      ok: false,
      kind: 'corrupt',
    });
  });

  it('says why a file is not a sidecar, and recognises a newer version', () => {
    expect(parseSidecar('{"notes": [')).toMatchObject({ ok: false, kind: 'corrupt' });
    expect(parseSidecar('{"format":"other"}')).toMatchObject({ ok: false, kind: 'corrupt', detail: expect.stringContaining('format') });
    const bad = serializeSidecar(withNote(emptySidecar('t.md'), 'Ann', 'x').sidecar).replace('"concrete"', '"shiny"');
    expect(parseSidecar(bad)).toMatchObject({ ok: false, kind: 'corrupt', detail: expect.stringContaining('shiny') });
    expect(parseSidecar(JSON.stringify({ ...emptySidecar('t.md'), version: 2 }))).toEqual({
      ok: false,
      kind: 'newer-version',
      detail: '2',
    });
  });
});

describe('note edits', () => {
  it('lets only the author edit or delete a note; anyone replies and resolves', () => {
    const { sidecar, note } = withNote(emptySidecar('t.md'), 'Ann', 'first');
    expect(() => editNote(sidecar, as('Bo'), note.id, { text: 'mine now' })).toThrow(NoteEditError);
    expect(() => deleteNote(sidecar, as('Bo'), note.id)).toThrow('Only Ann');
    const resolved = setResolved(replyToNote(sidecar, as('Bo'), note.id, 'done'), as('Bo'), note.id, true);
    expect(resolved.notes[0]).toMatchObject({ resolved: { by: 'Bo' }, replies: [{ author: 'Bo', text: 'done' }] });
    expect(setResolved(resolved, as('Ann'), note.id, false).notes[0]!.resolved).toBeNull();
    expect(() => addNote(sidecar, as('Ann'), { tag: 'general', text: '   ', anchor })).toThrow('some text');
    expect(() => addNote(sidecar, as(' '), { tag: 'general', text: 'x', anchor })).toThrow('Set your name');
  });

  it('dismisses a finding with a reason, and undoes it', () => {
    const finding = { key: 'jargon.x|opening|acme|0', ruleId: 'jargon.x', sectionId: 'opening', actual: 'Acme' };
    const dismissed = dismissFinding(emptySidecar('t.md'), as('Ann'), finding, 'It is the client’s product name');
    expect(dismissed.dismissals).toEqual([
      { ...finding, reason: 'It is the client’s product name', author: 'Ann', at: '2026-12-03T10:00:00.000Z' },
    ]);
    const undone = undismissFinding(dismissed, finding.key, as('Ann', '2026-12-03T11:00:00.000Z'));
    expect(undone.dismissals).toEqual([]);
    expect(undone.deleted).toEqual([{ id: finding.key, by: 'Ann', at: '2026-12-03T11:00:00.000Z' }]);
    expect(dismissFinding(undone, as('Ann'), finding, 'after all').deleted).toEqual([]);
  });
});

describe('three-way merge by note id', () => {
  const base = withNote(withNote(emptySidecar('t.md'), 'Ann', 'one').sidecar, 'Ann', 'two').sidecar;
  const [one, two] = base.notes as [Sidecar['notes'][0], Sidecar['notes'][0]];

  it('keeps both texts of a note edited on each side, and says so', () => {
    const mine = editNote(base, as('Ann', '2026-12-03T11:00:00.000Z'), one.id, { text: 'one, mine' });
    const theirs = editNote(base, as('Ann', '2026-12-03T11:01:00.000Z'), one.id, { text: 'one, theirs' });
    const { sidecar, events } = mergeSidecars(base, mine, theirs);
    expect(sidecar.notes[0]).toMatchObject({ text: 'one, mine', conflicts: [{ reason: 'both-edited', text: 'one, theirs' }] });
    expect(events).toEqual([{ noteId: one.id, kind: 'both-edited' }]);
    expect(mergeEventMessage(events[0]!, 'nl')).toContain('beide teksten');
  });

  it('keeps additions from both sides and each side’s one-sided changes', () => {
    const mine = withNote(setResolved(base, as('Bo'), two.id, true), 'Ann', 'mine').sidecar;
    const theirs = withNote(replyToNote(base, as('Cy'), two.id, 'hm'), 'Cy', 'theirs').sidecar;
    const { sidecar, events } = mergeSidecars(base, mine, theirs);
    expect(sidecar.notes.map((note) => note.text).sort()).toEqual(['mine', 'one', 'theirs', 'two']);
    expect(sidecar.notes.find((note) => note.id === two.id)).toMatchObject({ resolved: { by: 'Bo' }, replies: [{ text: 'hm' }] });
    expect(sidecar.authors.sort()).toEqual(['Ann', 'Cy']);
    expect(events).toEqual([]);
  });

  it('applies a delete of an untouched note, but keeps, marked, a note deleted on one side and edited on the other', () => {
    const mine = deleteNote(deleteNote(base, as('Ann'), one.id), as('Ann'), two.id);
    const theirs = editNote(base, as('Ann'), two.id, { text: 'two, edited' });
    const { sidecar, events } = mergeSidecars(base, mine, theirs);
    expect(sidecar.notes).toHaveLength(1);
    expect(sidecar.notes[0]).toMatchObject({ id: two.id, text: 'two, edited', conflicts: [{ reason: 'deleted-elsewhere' }] });
    expect(events).toEqual([{ noteId: two.id, kind: 'deleted-here-edited-there' }]);
  });

  it('merges dismissals: an undo on one side wins over an untouched other side', () => {
    const finding = { key: 'k|s|w|0', ruleId: 'k', sectionId: 's', actual: 'w' };
    const dismissed = dismissFinding(base, as('Ann'), finding, 'fine here');
    const mine = undismissFinding(dismissed, finding.key, as('Ann'));
    const theirs = dismissFinding(dismissed, as('Cy'), { ...finding, key: 'k|s|v|0' }, 'also fine');
    expect(mergeSidecars(dismissed, mine, theirs).sidecar.dismissals.map((item) => item.key)).toEqual(['k|s|v|0']);
  });
});

describe('sidecar session on disk', () => {
  it('writes talk.sticky.json beside the talk, never the talk, and merges a change made on disk meanwhile', () => {
    const talk = talkIn(folder());
    const before = readFileSync(talk, 'utf8');
    const session = SidecarSession.open(talk);
    expect(session.state).toMatchObject({ status: 'ready', onDisk: false, path: talk.replace('.md', '.sticky.json') });
    session.change((sidecar) => withNote(sidecar, 'Ann', 'from the app').sidecar);
    const other = SidecarSession.open(talk);
    other.change((sidecar) => withNote(sidecar, 'Bo', 'from the client').sidecar);
    const outcome = session.change((sidecar) => withNote(sidecar, 'Ann', 'second from the app').sidecar);
    expect(outcome.merged).toBe(true);
    expect(outcome.state.sidecar.notes.map((note) => note.text).sort()).toEqual(['from the app', 'from the client', 'second from the app']);
    expect(readFileSync(talk, 'utf8')).toBe(before);
  });

  it('reloads on an external change with a merge, and leaves its own write alone', () => {
    const talk = talkIn(folder());
    const session = SidecarSession.open(talk);
    session.change((sidecar) => withNote(sidecar, 'Ann', 'mine').sidecar);
    expect(session.reload().merged).toBe(false);
    const other = SidecarSession.open(talk);
    other.change((sidecar) => editNote(sidecar, as('Ann'), sidecar.notes[0]!.id, { text: 'edited in git' }));
    const outcome = session.reload();
    expect(outcome.merged).toBe(true);
    expect(outcome.state.sidecar.notes[0]!.text).toBe('edited in git');
  });

  for (const [kind, content] of [
    ['corrupt', '{"format":"sticky-notes","version":1,"notes":[{"id":'],
    ['newer-version', JSON.stringify({ format: 'sticky-notes', version: 99, talk: 'talk.md', notes: 'new shape' })],
  ] as const) {
    it(`keeps a ${kind} sidecar exactly as it is and explains`, () => {
      const talk = talkIn(folder());
      const path = talk.replace('.md', '.sticky.json');
      writeFileSync(path, content);
      const session = SidecarSession.open(talk);
      expect(session.state).toMatchObject({ status: 'blocked', problem: { kind, path } });
      const outcome = session.change((sidecar) => withNote(sidecar, 'Ann', 'lost?').sidecar);
      expect(outcome.state.status).toBe('blocked');
      expect(readFileSync(path, 'utf8')).toBe(content);
      if (outcome.state.status === 'blocked') {
        expect(sidecarProblemMessage(outcome.state.problem, 'en')).toMatch(/left it (exactly )?as it is/);
        expect(sidecarProblemMessage(outcome.state.problem, 'nl')).toContain('schrijft er niet in');
      }
    });
  }

  it('blocks a write when the file turns corrupt on disk after it was opened', () => {
    const talk = talkIn(folder());
    const session = SidecarSession.open(talk);
    session.change((sidecar) => withNote(sidecar, 'Ann', 'kept in memory').sidecar);
    writeFileSync(session.path, 'garbage');
    expect(session.change((sidecar) => withNote(sidecar, 'Ann', 'next').sidecar).state.status).toBe('blocked');
    expect(readFileSync(session.path, 'utf8')).toBe('garbage');
  });
});

describe('sidecar names', () => {
  it('gives talk.md and talk.docx the short name, and a second talk of the same name the long one', () => {
    const dir = folder();
    const md = talkIn(dir, 'a.md');
    const docx = talkIn(dir, 'a.docx');
    expect(sidecarPathFor(md)).toBe(join(dir, 'a.sticky.json'));
    SidecarSession.open(md).change((sidecar) => withNote(sidecar, 'Ann', 'on the md').sidecar);
    expect(sidecarPathFor(md)).toBe(join(dir, 'a.sticky.json'));
    expect(sidecarPathFor(docx)).toBe(join(dir, 'a.docx.sticky.json'));
  });

  it('lets a talk take over a short sidecar whose talk is gone (renamed or converted)', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.sticky.json'), serializeSidecar(emptySidecar('a.md')));
    expect(sidecarPathFor(talkIn(dir, 'a.docx'))).toBe(join(dir, 'a.sticky.json'));
  });
});
