import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../../src/main/cli/compareCommand';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { anchorSections, createAnchor } from '../../../src/main/engine/anchors/createAnchor';
import { compareDrafts } from '../../../src/main/engine/compare/compareDrafts';
import { matchSections, wordSimilarity } from '../../../src/main/engine/compare/matchSections';
import { addNote, setResolved } from '../../../src/main/services/notes/noteEdits';
import { SidecarSession } from '../../../src/main/services/notes/sidecarSession';
import type { DraftComparison } from '../../../src/shared/compare';
import { emptySidecar, type Sidecar } from '../../../src/shared/notes';

const fixture = (version: number): string => join(__dirname, '../../fixtures/drafts', `lead-your-leaders.v${version}.md`);
const draft = (version: number) => {
  const text = readFileSync(fixture(version), 'utf8');
  return { file: `v${version}.md`, text, analysed: analyseTalk(text) };
};

let serial = 0;
function notesOn(text: string, quotes: string[]): Sidecar {
  const sections = anchorSections(analyseTalk(text).talk);
  return quotes.reduce((sidecar, quote) => {
    const at = text.indexOf(quote);
    const anchor = createAnchor(text, sections, at, at + quote.length);
    return addNote(
      sidecar,
      { author: 'Ann', now: '2026-12-03T10:00:00.000Z', newId: () => `n${++serial}` },
      { tag: 'tooCorporate', text: `fix: ${quote}`, anchor },
    ).sidecar;
  }, emptySidecar('talk.md'));
}

describe('matching sections', () => {
  it('scores word overlap from 0 to 1', () => {
    expect(wordSimilarity('Where we are now', 'where we are NOW')).toBe(1);
    expect(wordSimilarity('Questions', 'The Valentine’s email')).toBe(0);
  });

  it('matches by id, then a renamed section by its text, and finds a moved one', () => {
    const old = [
      { id: 'a', title: 'A', spoken: 'one two three' },
      { id: 'b', title: 'B', spoken: 'four five six seven' },
      { id: 'c', title: 'C', spoken: 'eight nine' },
    ];
    const renamedAndMoved = [
      { id: 'c', title: 'C', spoken: 'eight nine' },
      { id: 'a', title: 'A', spoken: 'one two three' },
      { id: 'bee', title: 'Bee', spoken: 'four five six seven eight' },
      { id: 'd', title: 'D', spoken: 'new words' },
    ];
    const matching = matchSections(old, renamedAndMoved);
    expect(matching.pairs).toEqual([
      { old: 0, new: 1, how: 'id' },
      { old: 1, new: 2, how: 'similar' },
      { old: 2, new: 0, how: 'id' },
    ]);
    expect(matching.added).toEqual([3]);
    expect(matching.removed).toEqual([]);
    expect([...matching.moved]).toEqual([2]);
  });
});

describe('comparing two drafts', () => {
  const [one, two, three] = [draft(1), draft(2), draft(3)];
  const notes = notesOn(one.text, [
    'leveraged synergies across our stakeholder ecosystem',
    'We do not have a data problem.',
    'Nobody knew.',
  ]);
  const comparison = compareDrafts(one, two, setResolved(notes, { author: 'Bo', now: 'x' }, notes.notes[2]!.id, true).notes);
  const byTitle = (title: string) => comparison.sections.find((section) => (section.newTitle ?? section.oldTitle) === title)!;

  it('lists sections renamed, added, removed and changed, each in its place', () => {
    expect(byTitle('Where we stand')).toMatchObject({
      status: 'changed',
      renamed: true,
      oldTitle: 'Where we are now',
      oldId: 'where-we-are-now',
    });
    expect(byTitle('Move two: own a moment of truth')).toMatchObject({ status: 'added', oldId: null });
    expect(byTitle('Video: one night in the call centre')).toMatchObject({ status: 'removed', newId: null });
    expect(byTitle('The Valentine’s email'.replace('’', "'"))).toMatchObject({ status: 'unchanged', renamed: false, moved: false });
    const titles = comparison.sections.map((section) => section.newTitle ?? section.oldTitle);
    expect(titles.indexOf('Video: one night in the call centre')).toBe(titles.indexOf('Workshop: map one journey together') - 1);
  });

  it('shows how scores and risks moved where the corporate speak went', () => {
    const stand = byTitle('Where we stand');
    expect(stand.risks.tooCorporate.after!).toBeLessThan(stand.risks.tooCorporate.before!);
    expect(stand.words.before).not.toBeNull();
    expect(comparison.scores.simple.before).toBe(one.analysed.analysis.talk.scores.simple);
  });

  it('gives timing and CX Story elements per variant before and after', () => {
    expect(comparison.variants.map((variant) => variant.variant)).toEqual([10, 30, 60]);
    const sixty = comparison.variants[2]!;
    expect(sixty.minutes.after!).toBeLessThan(sixty.minutes.before!); // the six-minute video went
    expect(sixty).toMatchObject({ target: 60, elementsGained: [], elementsLost: [] });
  });

  it('says which notes the change resolved, which are still open and which were resolved already', () => {
    expect(comparison.notes!.map((note) => [note.quote, note.status, note.improved])).toEqual([
      ['leveraged synergies across our stakeholder ecosystem', 'addressed', true],
      ['We do not have a data problem.', 'open', expect.any(Boolean)],
      ['Nobody knew.', 'resolved', expect.any(Boolean)],
    ]);
  });

  it('calls a note not looked for (the placing budget ran out) open, never addressed or gone', () => {
    // Quotes of 2,000 characters found nowhere cost the most to look for (a fuzzy search each).
    const base = notesOn(three.text, ['Nobody knew.']).notes[0]!;
    const costly = Array.from({ length: 300 }, (_, index) => ({
      ...base,
      id: `costly-${index}`,
      anchor: { ...base.anchor, exact: `${index} `.padEnd(2000, 'zqxj ') },
    }));
    const statuses = compareDrafts(three, three, costly).notes!.map((note) => note.status);
    expect(statuses).toContain('gone'); // looked for, and already gone from the old draft
    expect(statuses.at(-1)).toBe('open'); // not looked for
  });

  it('finds no change between a draft and itself', () => {
    const same = compareDrafts(three, three);
    expect(same.sections.every((section) => section.status === 'unchanged' && !section.moved && !section.renamed)).toBe(true);
    expect(same.notes).toBeNull();
  });
});

describe('sticky compare', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) } };
  };

  it('prints text, Markdown and JSON, following the notes beside the new draft', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sticky-compare-'));
    const [oldPath, newPath] = [join(folder, 'old.md'), join(folder, 'new.md')];
    copyFileSync(fixture(1), oldPath);
    copyFileSync(fixture(2), newPath);
    const notes = notesOn(readFileSync(oldPath, 'utf8'), ['leveraged synergies across our stakeholder ecosystem']);
    SidecarSession.open(newPath).change(() => ({ ...notes, talk: 'new.md' }));
    const text = io();
    expect(await runCompare([oldPath, newPath], text.io)).toBe(0);
    expect(text.out[0]).toContain('Where we stand · changed, renamed (was: “Where we are now”)');
    expect(text.out[0]).toContain('- Video: one night in the call centre · removed');
    expect(text.out[0]).toMatch(/words changed \(resolved by the change\?\): “leveraged synergies/);
    const md = io();
    expect(await runCompare([oldPath, newPath, '--format', 'md'], md.io)).toBe(0);
    expect(md.out[0]).toContain('## Sections');
    const json = io();
    expect(await runCompare(['--json', oldPath, newPath], json.io)).toBe(0);
    const parsed = JSON.parse(json.out[0]!) as DraftComparison;
    expect(parsed.notes?.[0]?.status).toBe('addressed');
    expect(parsed.sections.length).toBeGreaterThan(5);
  });

  it('explains bad usage and unreadable files', async () => {
    const usage = io();
    expect(await runCompare(['only-one.md'], usage.io)).toBe(2);
    expect(usage.err[0]).toContain('name two drafts');
    const missing = io();
    expect(await runCompare([fixture(1), '/nonexistent/draft.md'], missing.io)).toBe(1);
    expect(missing.err[0]).toContain('/nonexistent/draft.md');
  });
});
