import { beforeEach, describe, expect, test } from 'vitest';
import { HandBack } from '../../../src/renderer/src/lib/state/handBack.svelte';
import { NotesState } from '../../../src/renderer/src/lib/state/notes.svelte';
import { Notices } from '../../../src/renderer/src/lib/state/notices.svelte';
import { locateSelection } from '../../../src/renderer/src/lib/noteSelection';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';
import type { NotesView, PlacedNote } from '../../../src/shared/notesView';
import { installFakeApi, type FakeApi } from './fakes';

let api: FakeApi;
let notices: Notices;
let author = 'Kim';
let notes: NotesState;

function note(id: string, changes: Partial<PlacedNote> = {}): PlacedNote {
  return {
    id,
    author: 'Kim',
    tag: 'concrete',
    text: `note ${id}`,
    created: '2026-12-01T10:00:00.000Z',
    edited: null,
    resolved: null,
    anchor: { sectionId: 'a', sectionTitle: 'A', exact: 'words', prefix: '', suffix: '', start: 0, end: 5 },
    replies: [],
    conflicts: [],
    placement: { status: 'exact', start: 0, end: 5, sectionId: 'a', sectionTitle: 'A', moved: false },
    ...changes,
  };
}

function view(placed: PlacedNote[], orphans: PlacedNote[] = []): NotesView {
  return {
    path: '/t.sticky.json',
    writable: true,
    problem: null,
    authors: ['Kim', 'Sam'],
    notes: placed,
    orphans,
    dismissals: [],
    staleDismissals: [],
    mergeMessages: [],
  };
}

const key = (value: string, target: EventTarget | null = null) =>
  ({ key: value, target, ctrlKey: false, metaKey: false, altKey: false, preventDefault: () => undefined }) as unknown as KeyboardEvent;

beforeEach(() => {
  locale.current = 'en';
  api = installFakeApi();
  notices = new Notices();
  author = 'Kim';
  notes = new NotesState(notices, () => author);
});

describe('the notes of the open talk', () => {
  test('a pushed update for this talk replaces the view; a merge message becomes a notice', () => {
    notes.apply({ kind: 'notes', key: '/t.md', notes: view([note('1')]) });
    expect(notes.all.map((item) => item.id)).toEqual(['1']);
    notes.apply({ kind: 'notes', key: '/t.md', notes: { ...view([]), mergeMessages: ['Both edited a note: both texts are kept.'] } });
    expect(notes.all).toEqual([]);
    expect(notices.talk?.message).toContain('both texts are kept');
  });

  test("another talk's notes clear the selection and the composer", () => {
    notes.apply({ kind: 'notes', key: '/t.md', notes: view([]) });
    notes.select({ start: 1, end: 4, quote: 'abc' });
    expect(notes.compose()).toBe(true);
    notes.apply({ kind: 'notes', key: '/other.md', notes: null });
    expect(notes.selection).toBeNull();
    expect(notes.composing).toBe(false);
  });

  test('the filter narrows by tag, status and author (a reply counts for its author)', () => {
    const replied = note('3', { tag: 'general', replies: [{ id: 'r', author: 'Sam', text: 'ok', created: '', edited: null }] });
    notes.apply({
      kind: 'notes',
      key: '/t.md',
      notes: view([note('1'), note('2', { resolved: { by: 'Sam', at: '' } }), replied], [note('4', { tag: 'tooBoring' })]),
    });
    notes.filterBy({ status: 'resolved' });
    expect(notes.filtered.map((item) => item.id)).toEqual(['2']);
    notes.filterBy({ status: 'open', author: 'Sam' });
    expect(notes.filtered.map((item) => item.id)).toEqual(['3']);
    notes.filterBy({ status: 'all', author: 'all', tag: 'tooBoring' });
    expect(notes.filtered.map((item) => item.id)).toEqual(['4']);
  });

  test('only the author in Settings may change a note; no name means no note is theirs', () => {
    expect(notes.isMine(note('1'))).toBe(true);
    expect(notes.isMine(note('1', { author: 'Sam' }))).toBe(false);
    author = '';
    expect(notes.isMine({ author: '' })).toBe(false);
  });

  test('n opens the composer only with words selected; ] and [ step through the notes and wrap', () => {
    notes.apply({ kind: 'notes', key: '/t.md', notes: view([note('1'), note('2'), note('3')]) });
    expect(notes.onkeydown(key('n'))).toBe(false);
    notes.select({ start: 0, end: 5, quote: 'words' });
    expect(notes.onkeydown(key('n'))).toBe(true);
    expect(notes.composing).toBe(true);
    notes.onkeydown(key(']'));
    expect(notes.focused).toBe('1');
    notes.onkeydown(key('['));
    expect(notes.focused).toBe('3');
    notes.onkeydown(key(']'));
    expect(notes.focused).toBe('1');
  });

  test("adding sends the selection's offsets (never an author) and closes the composer", async () => {
    api.runNoteCommand.mockResolvedValue(view([note('9')]));
    notes.select({ start: 10, end: 20, quote: 'some words' });
    notes.compose();
    expect(await notes.add('stories', 'Tell it as a story')).toBe(true);
    expect(api.runNoteCommand).toHaveBeenCalledWith({ kind: 'add', tag: 'stories', text: 'Tell it as a story', start: 10, end: 20 });
    expect(notes.composing).toBe(false);
    expect(notes.all.map((item) => item.id)).toEqual(['9']);
  });

  test('editing a note sends its text and tag; editing a reply sends the reply id and text', async () => {
    api.runNoteCommand.mockResolvedValue(view([note('1', { tag: 'stories', text: 'Better' })]));
    expect(await notes.editNote('1', 'Better', 'stories')).toBe(true);
    expect(api.runNoteCommand).toHaveBeenCalledWith({ kind: 'edit', id: '1', text: 'Better', tag: 'stories' });
    expect(notes.all[0]).toMatchObject({ tag: 'stories', text: 'Better' });
    expect(await notes.editReply('1', 'r1', 'Fixed typo')).toBe(true);
    expect(api.runNoteCommand).toHaveBeenLastCalledWith({ kind: 'change-reply', id: '1', replyId: 'r1', text: 'Fixed typo' });
  });

  test('a refused command keeps what was there and says why', async () => {
    notes.apply({ kind: 'notes', key: '/t.md', notes: view([note('1')]) });
    api.runNoteCommand.mockRejectedValue(Object.assign(new Error('Only Sam can change or delete this note.'), { code: 'bad-request' }));
    expect(await notes.run({ kind: 'delete', id: '1' })).toBe(false);
    expect(notes.all).toHaveLength(1);
    expect(notices.talk?.message).toContain('Only Sam');
  });

  test('a refusal with a reason is shown in Dutch in the Dutch interface, naming whose note it is', async () => {
    locale.current = 'nl';
    notes.apply({ kind: 'notes', key: '/t.md', notes: view([note('1', { author: 'Sam' })]) });
    const refusal = { code: 'bad-request', params: { reason: 'note-not-yours', name: 'Sam' } };
    api.runNoteCommand.mockRejectedValue(Object.assign(new Error('Only Sam can change or delete this note.'), refusal));
    expect(await notes.run({ kind: 'delete', id: '1' })).toBe(false);
    expect(notices.talk?.message).toBe('Alleen Sam kan deze notitie wijzigen of verwijderen.');
  });

  test('dismissing names the finding by its key, with the reason', async () => {
    api.runNoteCommand.mockResolvedValue(view([]));
    const finding = {
      ruleId: 'jargon',
      message: '',
      severity: 'info' as const,
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 1, column: 1, offset: 3 },
      actual: 'NPS',
      key: 'jargon|a|nps|0',
    };
    expect(await notes.dismiss(finding, 'a', 'Client term')).toBe(true);
    expect(api.runNoteCommand).toHaveBeenCalledWith({
      kind: 'dismiss',
      finding: { key: 'jargon|a|nps|0', ruleId: 'jargon', sectionId: 'a', actual: 'NPS' },
      reason: 'Client term',
    });
    expect(await notes.dismiss({ ...finding, key: undefined }, 'a', 'x')).toBe(false);
  });
});

describe('compare and export', () => {
  test('a cancelled dialog changes nothing; a saved report is announced', async () => {
    const handBack = new HandBack(notices);
    await handBack.compare();
    expect(handBack.comparison).toBeNull();
    api.exportReport.mockResolvedValue('/tmp/talk-report.html');
    await handBack.exportReport('html');
    expect(api.exportReport).toHaveBeenCalledWith('html');
    expect(notices.talk?.message).toContain('/tmp/talk-report.html');
  });
});

describe('finding the selected words in the file', () => {
  const file = '## Intro\n\nOur **customer** came first. The customer came last.\n';
  test('words across Markdown emphasis are found in the file', () => {
    const found = locateSelection(file, 0, file.length, 'Our customer came', 0);
    expect(file.slice(found!.start, found!.end)).toBe('Our **customer** came');
  });
  test('of two matches, the one nearest to where the selection starts on screen is taken', () => {
    const second = locateSelection(file, 0, file.length, 'customer came', 40);
    expect(second!.start).toBe(file.lastIndexOf('customer came'));
    const first = locateSelection(file, 0, file.length, 'customer came', 5);
    expect(first!.start).toBe(file.indexOf('customer'));
  });
  test('a full stop or quotation mark selected around the words stays in the quote', () => {
    const quoted = '## Intro\n\nShe said “we **listen**.” Then she left.\n';
    const found = locateSelection(quoted, 0, quoted.length, ' “we listen.” ', 0)!;
    // The anchor's quote is the file's text from start to end (createAnchor).
    expect(quoted.slice(found.start, found.end)).toBe('“we **listen**.”');
    const stop = locateSelection(file, 0, file.length, 'The customer came last.', 0)!;
    expect(file.slice(stop.start, stop.end)).toBe('The customer came last.');
    // Marks the file does not have there are left out, not invented.
    const missing = locateSelection(file, 0, file.length, '(Our customer', 0)!;
    expect(file.slice(missing.start, missing.end)).toBe('Our **customer');
  });
  test('a selection of punctuation only finds nothing', () => {
    expect(locateSelection(file, 0, file.length, ' ** ', 0)).toBeNull();
  });
});
