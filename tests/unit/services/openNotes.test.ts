import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sidecarPathFor } from '../../../src/main/services/notes/sidecarPath';
import { envelope } from '../../../src/main/services/userError';
import type { NotesView } from '../../../src/shared/notesView';
import type { DraftComparison } from '../../../src/shared/compare';
import { tempServices } from '../../support/settings';

const SAMPLE = resolve(__dirname, '../../../resources/samples/lead-your-leaders.md');

/** A copy of the sample in a fresh folder, a watcher the test fires by hand, and the services over both. */
async function openCopy(author = 'Coach Kim', saveOverTalk = false) {
  const folder = mkdtempSync(join(tmpdir(), 'sticky-notes-'));
  const path = join(folder, 'talk.md');
  const older = join(folder, 'older.md');
  copyFileSync(SAMPLE, path);
  const watchers = new Map<string, () => void>();
  const services = tempServices({
    watchFile: (watched, onChange) => {
      watchers.set(watched, onChange);
      return async () => void watchers.delete(watched);
    },
    pickTalkFile: older,
    savePath: saveOverTalk ? path : join(folder, 'report.html'),
  });
  services.settings.set('author', author);
  await services.talks.open(services.chosen.allow(path));
  await services.talks.analysed;
  const call = async <T>(method: keyof typeof services.handlers, ...args: unknown[]): Promise<T> => {
    const result = await envelope(() => services.handlers[method](...args));
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
  const fire = (watched: string) => watchers.get(watched)?.();
  return { older, path, services, call, fire };
}

const offsetOf = (text: string, words: string): number => {
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in the sample`);
  return at;
};

describe("the open talk's notes (API)", () => {
  test('a note added through the API is signed with the name in Settings and saved beside the talk', async () => {
    const { path, call, services } = await openCopy();
    const text = services.talks.current!.text;
    const words = 'customer';
    const start = offsetOf(text, words);
    const view = await call<NotesView>('runNoteCommand', {
      kind: 'add',
      tag: 'concrete',
      text: 'Which customer?',
      start,
      end: start + words.length,
    });
    expect(view.notes).toHaveLength(1);
    expect(view.notes[0]).toMatchObject({ author: 'Coach Kim', tag: 'concrete', text: 'Which customer?' });
    expect(view.notes[0]!.placement.status).toBe('exact');
    expect(JSON.parse(readFileSync(sidecarPathFor(path), 'utf8')).notes[0].author).toBe('Coach Kim');
    expect((await call<NotesView>('notes')).notes).toHaveLength(1);
  });

  test('a save after the sidecar turned corrupt on disk is refused in plain words, the panel shows why, and the file is untouched', async () => {
    const { path, services } = await openCopy();
    const text = services.talks.current!.text;
    const start = offsetOf(text, 'customer');
    const add = { kind: 'add', tag: 'concrete', text: 'Which customer?', start, end: start + 8 };
    expect((await envelope(() => services.handlers.runNoteCommand(add))).ok).toBe(true);
    writeFileSync(sidecarPathFor(path), '{ "format": "sticky-notes", "cut off');
    const refused = await envelope(() => services.handlers.runNoteCommand({ ...add, text: 'Second thought' }));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'forbidden', params: { reason: 'notes-not-saved', name: 'talk.sticky.json' } },
    });
    expect(!refused.ok && refused.error.message).toMatch(/^Nothing was saved: .*still in the form\.$/);
    expect(readFileSync(sidecarPathFor(path), 'utf8')).toBe('{ "format": "sticky-notes", "cut off');
    expect(await services.handlers.notes()).toMatchObject({ writable: false, problem: expect.stringContaining('cannot be read') });
  });

  test('a bundled sample takes no notes: shown read-only with the reason, and nothing is written beside it', async () => {
    const services = tempServices();
    services.settings.set('author', 'Coach Kim');
    const sample = services.samples.find((item) => item.lang === 'en')!.path;
    await services.talks.open(sample);
    const view = await envelope(() => services.handlers.notes());
    expect(view).toMatchObject({ ok: true, value: { writable: false, problem: expect.stringContaining('save a copy') } });
    const refused = await envelope(() => services.handlers.runNoteCommand({ kind: 'add', tag: 'general', text: 'x', start: 0, end: 5 }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(existsSync(sidecarPathFor(sample))).toBe(false);
    await services.talks.close();
  });

  test('a talk dropped without its file has no notes, and a command says to open the file', async () => {
    const services = tempServices();
    services.settings.set('author', 'Coach Kim');
    await services.talks.openText('dropped.md', '## A\n\nOur customer waited three weeks for a reply.\n');
    expect(await envelope(() => services.handlers.notes())).toEqual({ ok: true, value: null });
    const refused = await envelope(() => services.handlers.runNoteCommand({ kind: 'add', tag: 'general', text: 'x', start: 8, end: 12 }));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('Open a talk file first') },
    });
    await services.talks.analysed;
  });

  test("a refused change to someone else's note says whose it is, with a reason the window can translate", async () => {
    const { call, services } = await openCopy();
    const start = offsetOf(services.talks.current!.text, 'customer');
    const added = await call<NotesView>('runNoteCommand', { kind: 'add', tag: 'general', text: 'Mine', start, end: start + 8 });
    services.settings.set('author', 'Sam');
    const refused = await envelope(() => services.handlers.runNoteCommand({ kind: 'delete', id: added.notes[0]!.id }));
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'bad-request',
        message: 'Only Coach Kim can change or delete this note.',
        params: { reason: 'note-not-yours', name: 'Coach Kim' },
      },
    });
    const gone = await envelope(() => services.handlers.runNoteCommand({ kind: 'resolve', id: 'nothing', resolved: true }));
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found', params: { reason: 'note-gone' } } });
  });

  test('the window cannot sign a note: an author field is refused, and no name in Settings is a clear error', async () => {
    const { call, services, path } = await openCopy('');
    const start = offsetOf(services.talks.current!.text, 'customer');
    await expect(
      call('runNoteCommand', { kind: 'add', tag: 'general', text: 'x', start, end: start + 3, author: 'Mallory' }),
    ).rejects.toThrow(/author/);
    await expect(call('runNoteCommand', { kind: 'add', tag: 'general', text: 'x', start, end: start + 3 })).rejects.toThrow(/Settings/);
    expect(existsSync(sidecarPathFor(path))).toBe(false);
    services.settings.set('author', 'Coach Kim');
    const beyond = services.talks.current!.text.length + 10;
    await expect(call('runNoteCommand', { kind: 'add', tag: 'general', text: 'x', start: beyond, end: beyond + 3 })).rejects.toThrow(
      /^bad-request: .*Select the words again/,
    );
  });

  test('a dismissed finding leaves the scores, which say by whom; undismiss brings it back', async () => {
    const { call, services } = await openCopy();
    const analysis = services.talks.analysis!;
    const section = analysis.sections.find((candidate) => candidate.findings.some((finding) => finding.key && finding.signal))!;
    const finding = section.findings.find((candidate) => candidate.key && candidate.signal)!;
    const count = section.findings.length;
    await call('runNoteCommand', {
      kind: 'dismiss',
      finding: { key: finding.key, ruleId: finding.ruleId, sectionId: section.id, actual: finding.actual ?? '' },
      reason: "It is the client's product name.",
    });
    await services.talks.analysed;
    const after = services.talks.analysis!.sections.find((candidate) => candidate.id === section.id)!;
    expect(after.findings).toHaveLength(count - 1);
    expect(after.dismissed?.[0]).toMatchObject({ reason: "It is the client's product name.", author: 'Coach Kim' });
    expect(services.talks.current!.analysis!.sections.find((summary) => summary.id === section.id)!.dismissed).toHaveLength(1);
    await call('runNoteCommand', { kind: 'undismiss', key: finding.key });
    await services.talks.analysed;
    expect(services.talks.analysis!.sections.find((candidate) => candidate.id === section.id)!.findings).toHaveLength(count);
  });

  test('notes follow the talk when it changes on disk, and a note whose words are gone becomes an orphan', async () => {
    const { path, call, services, fire } = await openCopy();
    const text = services.talks.current!.text;
    const kept = text.match(/[A-Z][a-z]+ [a-z]+ [a-z]+/)![0];
    const keptAt = offsetOf(text, kept);
    // A whole paragraph after the kept words, cut from the next draft.
    const paragraphs = text.split('\n\n');
    const gone = paragraphs.find(
      (paragraph, index) => index > 2 && /^[A-Z]/.test(paragraph) && paragraph.length > 80 && !paragraph.includes(kept),
    )!;
    const goneAt = offsetOf(text, gone);
    await call('runNoteCommand', { kind: 'add', tag: 'general', text: 'Keep', start: keptAt, end: keptAt + kept.length });
    await call('runNoteCommand', { kind: 'add', tag: 'general', text: 'Cut', start: goneAt, end: goneAt + gone.length });
    writeFileSync(path, `Intro line.\n\n${text.replace(gone, '')}`);
    fire(path);
    await new Promise((done) => setTimeout(done, 200));
    await services.talks.analysed;
    const view = await call<NotesView>('notes');
    expect(view.notes.map((note) => note.text)).toEqual(['Keep']);
    expect(view.notes[0]!.placement.start).toBeGreaterThan(keptAt);
    expect(view.orphans.map((note) => note.text)).toEqual(['Cut']);
    // Where the note was found is stored back (issue 22): the next draft starts from there. The orphan keeps its anchor.
    const stored = JSON.parse(readFileSync(sidecarPathFor(path), 'utf8')) as { notes: { text: string; anchor: { start: number } }[] };
    expect(stored.notes.find((note) => note.text === 'Keep')!.anchor.start).toBe(view.notes[0]!.placement.start);
    expect(stored.notes.find((note) => note.text === 'Cut')!.anchor.start).toBe(goneAt);
  });

  test('a dismissal written into the sidecar by someone else is merged, pushed and scored', async () => {
    const { path, services, fire } = await openCopy();
    const finding = services.talks.analysis!.sections.flatMap((section) => section.findings).find((item) => item.key && item.signal)!;
    const sidecarPath = sidecarPathFor(path);
    const dismissal = {
      key: finding.key,
      ruleId: finding.ruleId,
      sectionId: finding.sectionId,
      actual: finding.actual,
      reason: 'Their product name.',
      author: 'Client Sam',
      at: '2026-12-01T10:00:00.000Z',
    };
    const sidecar = { format: 'sticky-notes', version: 1, talk: 'talk.md', authors: ['Client Sam'], notes: [], dismissals: [dismissal] };
    writeFileSync(sidecarPath, JSON.stringify(sidecar));
    fire(sidecarPath);
    await services.talks.analysed;
    const section = services.talks.analysis!.sections.find((item) => item.id === finding.sectionId)!;
    expect(section.dismissed?.map((item) => item.author)).toEqual(['Client Sam']);
    expect(section.findings.some((item) => item.key === finding.key)).toBe(false);
    expect(services.notes.view()!.dismissals).toHaveLength(1);
  });

  test('a note changed here and in the file at once keeps both texts, and the window is told', async () => {
    const { path, call, services } = await openCopy();
    const start = offsetOf(services.talks.current!.text, 'customer');
    const added = await call<NotesView>('runNoteCommand', { kind: 'add', tag: 'general', text: 'first', start, end: start + 8 });
    const id = added.notes[0]!.id;
    const onDisk = JSON.parse(readFileSync(sidecarPathFor(path), 'utf8'));
    onDisk.notes[0].text = 'theirs';
    writeFileSync(sidecarPathFor(path), JSON.stringify(onDisk));
    const view = await call<NotesView>('runNoteCommand', { kind: 'edit', id, text: 'mine' });
    expect(view.notes[0]).toMatchObject({ text: 'mine', conflicts: [{ reason: 'both-edited', text: 'theirs' }] });
    expect(view.mergeMessages).toEqual([expect.stringContaining('1 conflict to resolve'), expect.stringContaining('both texts are kept')]);
  });

  test('Compare with… compares the draft picked (older) with the open talk', async () => {
    const { older, path, call } = await openCopy();
    const text = readFileSync(path, 'utf8');
    const firstHeading = text.match(/\n## [^\n]+\n/)!;
    writeFileSync(older, text.replace(firstHeading[0], '\n'));
    const comparison = await call<DraftComparison>('compareWith');
    expect(comparison.old.file).toBe('older.md');
    expect(comparison.new.file).toBe('talk.md');
    expect(comparison.sections.some((section) => section.status === 'added')).toBe(true);
  });

  test('Export report writes HTML and Markdown; PDF is for the app; the talk is never written over', async () => {
    const { call } = await openCopy();
    const exported = await call<string>('exportReport', 'html');
    expect(readFileSync(exported, 'utf8')).toMatch(/^<!doctype html>/i);
    // The dialog suggested report.html; the Markdown is written where the dialog says, as Markdown.
    const markdown = await call<string>('exportReport', 'md');
    expect(readFileSync(markdown, 'utf8')).toMatch(/^# /);
    await expect(call('exportReport', 'pdf')).rejects.toThrow(/PDF export needs the Sticky app/);
    const overTalk = await openCopy('Coach Kim', true);
    const before = readFileSync(overTalk.path, 'utf8');
    await expect(overTalk.call('exportReport', 'md')).rejects.toThrow(/never replaces the talk/);
    expect(readFileSync(overTalk.path, 'utf8')).toBe(before);
  });
});
