import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/main/cli';
import type { NotesList } from '../../src/main/cli/notesList';
import { anchorSections, createAnchor } from '../../src/main/engine/anchors/createAnchor';
import { parseTalk } from '../../src/main/engine/talk/parseTalk';
import { addNote, replyToNote, setResolved } from '../../src/main/services/notes/noteEdits';
import { SidecarSession } from '../../src/main/services/notes/sidecarSession';
import type { Sidecar } from '../../src/shared/notes';

const DRAFT = `# Keep them

## Where we stand

Last year the customer effort score dropped sharply after the new portal went live.

## What we change

We call every customer who waited more than a week, and we do it ourselves.
`;
// The next draft: one word of the first quote changed, the second quote's sentence gone.
const NEXT = DRAFT.replace('dropped sharply', 'dropped steeply').replace(
  'We call every customer who waited more than a week, and we do it ourselves.',
  'We fix the portal.',
);

// Hostile text, made here: an ESC sequence that clears the screen and a C1 CSI (U+009B) that recolours.
const ESC = `${String.fromCharCode(27)}[2J`;
const CSI = `${String.fromCharCode(0x9b)}31m`;

const hasControls = (text: string): boolean =>
  [...text].some((char) => char.charCodeAt(0) === 27 || (char.charCodeAt(0) >= 0x80 && char.charCodeAt(0) <= 0x9f));

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) } };
};
const run = async (...args: string[]) => {
  const streams = io();
  const code = await runCli(args, streams.io, 'test', false);
  return { code, stdout: streams.out.join('\n'), stderr: streams.err.join('\n') };
};

/** A talk with three notes on the draft (one resolved, with replies and a kept conflict), then moved to the next draft. */
function talkWithNotes(): { path: string; sidecar: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'sticky-notes-cli-')), 'talk.md');
  const sections = anchorSections(parseTalk(DRAFT));
  const on = (words: string) => createAnchor(DRAFT, sections, DRAFT.indexOf(words), DRAFT.indexOf(words) + words.length);
  let serial = 0;
  const as = (author: string) => ({ author, now: '2026-12-03T10:00:00.000Z', newId: () => `id-${++serial}` });
  const session = SidecarSession.open(path);
  session.change((empty) => {
    let sidecar: Sidecar = addNote(empty, as('Coach'), {
      tag: 'concrete',
      text: `How much? ${ESC}A number.`,
      anchor: on('the customer effort score dropped sharply'),
    }).sidecar;
    sidecar = addNote(sidecar, as(`Ann${CSI}`), {
      tag: 'general',
      text: 'Who calls?\nName the team.',
      anchor: on('We call every customer who waited more than a week'),
    }).sidecar;
    sidecar = addNote(sidecar, as('Coach'), {
      tag: 'emotional',
      text: 'Say what it felt like.',
      anchor: on('the new portal went live'),
    }).sidecar;
    sidecar = replyToNote(sidecar, as('Speaker'), 'id-1', 'From 5.1 to 6.4.');
    sidecar = setResolved(sidecar, as('Speaker'), 'id-3', true);
    const [first, ...rest] = sidecar.notes;
    return {
      ...sidecar,
      notes: [
        {
          ...first!,
          conflicts: [{ reason: 'both-edited', text: 'How much, in points?', author: 'Coach', at: '2026-12-03T10:05:00.000Z' }],
        },
        ...rest,
      ],
    };
  });
  writeFileSync(path, NEXT);
  return { path, sidecar: session.path };
}

describe('sticky notes', () => {
  it('prints a checklist: status, section, current words (and what they were), author, tag, replies and conflicts', async () => {
    const { path, sidecar } = talkWithNotes();
    const before = readFileSync(sidecar, 'utf8');
    const { code, stdout, stderr } = await run('notes', path);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('talk.md: 3 notes (1 attached, 1 words changed, 1 orphaned), 2 open, 1 resolved, 1 conflict to settle');
    const items = stdout.split('\n\n').slice(1);
    expect(items[0]).toMatch(/^\[ \] words changed · Where we stand · concrete · Coach\n/);
    expect(items[0]).toContain(
      '    now: “the customer effort score dropped steeply”\n    was: “the customer effort score dropped sharply”',
    );
    expect(items[0]).toContain('↳ Speaker: From 5.1 to 6.4.');
    expect(items[0]).toContain('! conflict (note edited on both sides), also kept from Coach: How much, in points?');
    expect(items[1]).toMatch(/^\[x\] attached · Where we stand · emotional · Coach\n {4}“the new portal went live”/);
    expect(items[1]).toContain('resolved by Speaker, 2026-12-03');
    expect(items[2]).toMatch(/^\[ \] orphaned · What we change · general · Ann31m\n {4}was: “We call every customer/);
    expect(items[2]).toContain('    Who calls?\n    Name the team.');
    // Terminal-safe: no ESC, no C1 control reaches the terminal.
    expect(hasControls(stdout)).toBe(false);
    expect(readFileSync(sidecar, 'utf8')).toBe(before); // read only
  });

  it('prints JSON with --json: the same notes, exact texts, control characters escaped', async () => {
    const { path } = talkWithNotes();
    const { code, stdout } = await run('notes', '--json', path);
    expect(code).toBe(0);
    expect(hasControls(stdout)).toBe(false);
    const list = JSON.parse(stdout) as NotesList;
    expect(list.file.endsWith('talk.md')).toBe(true);
    expect(list.sidecar?.endsWith('talk.sticky.json')).toBe(true);
    expect(list.notes.map((note) => note.status)).toEqual(['words-changed', 'attached', 'orphaned']);
    expect(list.notes[0]).toMatchObject({
      words: 'the customer effort score dropped steeply',
      quote: 'the customer effort score dropped sharply',
    });
    expect(list.notes[0]!.text).toBe(`How much? ${ESC}A number.`);
    expect(list.notes[2]).toMatchObject({ words: null, author: `Ann${CSI}`, section: 'What we change' });
    expect(list.counts).toMatchObject({ orphaned: 1, open: 2, resolved: 1, conflicts: 1 });
  });

  it('says so when a talk has no notes, and refuses a notes file it cannot read (left as it is)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sticky-notes-cli-')), 'talk.md');
    writeFileSync(path, DRAFT);
    expect(await run('notes', path)).toMatchObject({ code: 0, stdout: expect.stringContaining('talk.md: no notes') });
    expect(JSON.parse((await run('notes', path, '--json')).stdout)).toMatchObject({ sidecar: null, notes: [] });
    const sidecar = path.replace('.md', '.sticky.json');
    writeFileSync(sidecar, '{"format":"sticky-notes","version":1,"notes":[');
    const corrupt = await run('notes', path);
    expect(corrupt).toMatchObject({ code: 1, stdout: '' });
    expect(corrupt.stderr).toContain('cannot be read');
    expect(readFileSync(sidecar, 'utf8')).toBe('{"format":"sticky-notes","version":1,"notes":[');
  });

  it('exits like the other commands: 2 for bad usage, 1 for a talk it cannot read; --help explains', async () => {
    expect(await run('notes')).toMatchObject({ code: 2, stderr: expect.stringContaining('name one talk file') });
    expect(await run('notes', 'a.md', 'b.md')).toMatchObject({ code: 2 });
    expect(await run('notes', '--format', 'md', 'a.md')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format') });
    expect(await run('notes', '/nonexistent/talk.md')).toMatchObject({ code: 1, stderr: expect.stringContaining('/nonexistent/talk.md') });
    expect(await run('notes', '--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('sticky notes FILE [--json]') });
    expect((await run('--help')).stdout).toContain('sticky notes FILE [--json]');
    expect((await run('nonsense')).stderr).toContain('report, notes, voice.');
  });
});
