import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { parseSidecar } from '../../../src/main/services/notes/sidecarFormat';
import { sidecarPathFor } from '../../../src/main/services/notes/sidecarPath';
import type { Dismissal, Note, NoteAnchor, NoteConflict, NoteReply, Sidecar, Tombstone } from '../../../src/shared/notes';
import { note as noteCheck } from '../../../src/shared/schema/sidecar';

// Issue 25, item 2: the sidecar's shapes are schemas (shared/schema/sidecar.ts) and the types of
// shared/notes.ts are inferred from them. Each fixture below must have every field of its type
// (`satisfies Required<...>`), so a field added to a schema fails to compile here until it is
// added, and the loops below then check that a wrong value in it is refused.
const anchor = {
  sectionId: 'now',
  sectionTitle: 'Now',
  exact: 'leveraged',
  prefix: 'we ',
  suffix: ' synergies',
  start: 3,
  end: 12,
} satisfies Required<NoteAnchor>;
const reply = {
  id: 'r1',
  author: 'Bo',
  created: '2026-12-03T10:05:00.000Z',
  edited: null,
  text: 'The board’s.',
} satisfies Required<NoteReply>;
const conflict = {
  reason: 'both-edited',
  author: 'Cy',
  at: '2026-12-03T10:06:00.000Z',
  text: 'Theirs',
  replyId: 'r1',
} satisfies Required<NoteConflict>;
const note = {
  id: 'n1',
  author: 'Ann',
  tag: 'concrete',
  created: '2026-12-03T10:00:00.000Z',
  edited: null,
  resolved: { by: 'Bo', at: '2026-12-03T11:00:00.000Z' },
  text: 'Whose words are these?',
  anchor,
  replies: [reply],
  conflicts: [conflict],
} satisfies Required<Note>;
const dismissal = {
  key: 'jargon.x|now|acme|0',
  ruleId: 'jargon.x',
  sectionId: 'now',
  actual: 'Acme',
  author: 'Ann',
  at: 't',
  reason: 'A name',
} satisfies Required<Dismissal>;
const tombstone = { id: 'r2', note: 'n1', by: 'Ann', at: '2026-12-03T10:07:00.000Z' } satisfies Required<Tombstone>;
const file = {
  format: 'sticky-notes',
  version: 1,
  talk: 'talk.md',
  authors: ['Ann'],
  notes: [note],
  dismissals: [dismissal],
  deleted: [tombstone],
} satisfies Required<Sidecar>;

type Json = Record<string, unknown>;
const read = (value: unknown) => parseSidecar(JSON.stringify(value));
/** The file with one value replaced at a path of keys and indexes. */
function damaged(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(file) as Json;
  let at: Json = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Json;
  at[path.at(-1)!] = value;
  return copy;
}

describe('the sidecar read with its schema', () => {
  test('a whole file reads back as it was written', () => {
    expect(read(file)).toEqual({ ok: true, sidecar: file });
  });

  // A list holding a number is wrong for every field: text, a time, an offset, a tag, an object or a list of objects.
  for (const [name, shape, path] of [
    ['a note', note, ['notes', 0]],
    ['an anchor', anchor, ['notes', 0, 'anchor']],
    ['a reply', reply, ['notes', 0, 'replies', 0]],
    ['a conflict', conflict, ['notes', 0, 'conflicts', 0]],
    ['a dismissal', dismissal, ['dismissals', 0]],
    ['a tombstone', tombstone, ['deleted', 0]],
  ] as const) {
    test(`every field of ${name} is checked: a wrong type is refused, named in the sidecar's words`, () => {
      for (const field of Object.keys(shape)) {
        const place = `${path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('')}.${field}`.replace(/^\./, '');
        const result = read(damaged([...path, field], [7]));
        expect(result, field).toMatchObject({ ok: false, kind: 'corrupt' });
        const detail = result.ok ? '' : result.detail;
        expect(detail.startsWith(place), `${detail} names ${place}`).toBe(true);
        expect(detail).toMatch(/ should be | is not a principle| is unknown/);
        expect(detail).not.toMatch(/^Expected/);
      }
    });
  }

  test('the refusals read as they always did', () => {
    const detail = (value: unknown) => {
      const result = read(value);
      return result.ok ? 'read' : result.detail;
    };
    expect(detail(damaged(['notes', 0, 'edited'], 5))).toBe('notes[0].edited should be a time or null');
    expect(detail(damaged(['notes', 0, 'conflicts', 0, 'replyId'], 5))).toBe('notes[0].conflicts[0].replyId should be text');
    expect(detail(damaged(['notes', 0, 'resolved', 'by'], 5))).toBe('notes[0].resolved.by should be text');
    expect(detail(damaged(['notes', 0, 'anchor', 'start'], -1))).toBe('notes[0].anchor.start should be an offset');
    expect(detail(damaged(['notes', 0, 'anchor', 'end'], 1))).toBe('notes[0].anchor.end is before its start');
    expect(detail(damaged(['notes', 0, 'conflicts', 0, 'reason'], 'argued'))).toBe('notes[0].conflicts[0].reason is unknown');
    expect(detail(damaged(['talk'], null))).toBe('the file.talk should be text');
    expect(detail(damaged(['deleted'], {}))).toBe('the file.deleted should be a list');
    expect(detail({ ...file, notes: [note, note] })).toBe('two notes share the id "n1"');
    expect(detail({ ...file, version: 0 })).toBe('"version" should be a whole number from 1');
    expect(detail([file])).toBe('the file should be an object');
    // A note damaged all over names the fault the hand-written reader named first: its tag.
    expect(detail(damaged(['notes', 0], {}))).toBe('notes[0].tag "undefined" is not a principle, blind spot or general');
  });

  test('it stays tolerant where the format is: unknown fields, a non-text author, a note without conflicts or resolved', () => {
    const older: Partial<Note> = structuredClone(note);
    delete older.conflicts;
    delete older.resolved;
    const later = { ...file, mood: 'new', authors: ['Ann', 3, 'Bo'], notes: [{ ...older, colour: 'red' }] };
    expect(read(later)).toEqual({
      ok: true,
      sidecar: { ...file, authors: ['Ann', 'Bo'], notes: [{ ...note, resolved: null, conflicts: [] }] },
    });
  });

  test('its objects come back with their keys in one order, whatever the file’s (the merge compares them as JSON)', () => {
    const reversed = Object.fromEntries(Object.entries(note).reverse());
    const result = read({ ...file, notes: [reversed] });
    const order = ['id', 'author', 'tag', 'text', 'created', 'edited', 'resolved', 'anchor', 'replies', 'conflicts'];
    expect(result.ok && Object.keys(result.sidecar.notes[0]!)).toEqual(order);
    expect(Object.keys(noteCheck(reversed, 'notes[0]').anchor)).toEqual(Object.keys(anchor));
    expect(Object.keys(noteCheck(reversed, 'notes[0]').conflicts[0]!)).toEqual(['reason', 'text', 'author', 'at', 'replyId']);
  });

  test('the types are the schema’s: a field it has is typed, one it lacks is not', () => {
    expectTypeOf<Note['edited']>().toEqualTypeOf<string | null>();
    expectTypeOf<Note['resolved']>().toEqualTypeOf<{ by: string; at: string } | null>();
    expectTypeOf<NoteConflict['replyId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NoteConflict['reason']>().toEqualTypeOf<'both-edited' | 'deleted-elsewhere'>();
    expectTypeOf<Tombstone>().toEqualTypeOf<{ id: string; note?: string; by: string; at: string }>();
    expectTypeOf<NoteReply>().toEqualTypeOf<{ id: string; author: string; text: string; created: string; edited: string | null }>();
    expectTypeOf<keyof Dismissal>().toEqualTypeOf<'key' | 'ruleId' | 'sectionId' | 'actual' | 'reason' | 'author' | 'at'>();
    expectTypeOf<Sidecar['deleted']>().toEqualTypeOf<Tombstone[] | undefined>();
    // @ts-expect-error a field the schema does not name is not part of the type
    const colour: Note['colour'] = 'red';
    expect(colour).toBe('red');
  });
});

describe('whose a short sidecar is, read with the schema', () => {
  test('a file naming an existing talk in text is that talk’s; one whose talk is no text is read as unreadable, kept short', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sticky-owner-'));
    for (const name of ['a.md', 'a.docx']) writeFileSync(join(dir, name), '# A\n');
    const owned = (content: string): string => {
      writeFileSync(join(dir, 'a.sticky.json'), content);
      return sidecarPathFor(join(dir, 'a.docx'));
    };
    expect(owned(JSON.stringify({ talk: 'a.md', later: true }))).toBe(join(dir, 'a.docx.sticky.json'));
    for (const content of [JSON.stringify({ talk: 5 }), '[]', 'null', '{'])
      expect(owned(content), content).toBe(join(dir, 'a.sticky.json'));
  });
});
