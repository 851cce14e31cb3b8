import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { anchorSections, createAnchor } from '../../../src/main/engine/anchors/createAnchor';
import { compareDrafts } from '../../../src/main/engine/compare/compareDrafts';
import { MATCH_WORK, matchSections } from '../../../src/main/engine/compare/matchSections';
import { addNote } from '../../../src/main/services/notes/noteEdits';
import type { DraftComparison } from '../../../src/shared/compare';
import { emptySidecar, type Note } from '../../../src/shared/notes';

// Issue 22: compare pairs sections by their words, calls moved only what changed rank, lets
// formatting-only edits change no score, and judges notes between OLD and NEW.
const read = (version: number): string =>
  readFileSync(join(__dirname, '../../fixtures/drafts', `lead-your-leaders.v${version}.md`), 'utf8');
const draft = (text: string, file = 'draft.md') => ({ file, text, analysed: analyseTalk(text) });
const section = (id: string, spoken: string, words = spoken.split(' ').length) => ({ id, title: id, spoken, words });

const growth = 'we grew revenue by ten percent in the north region after the new pricing';
const waiting = 'our customers told us the waiting time on the phone was far too long and unfair';
const roses = 'a widow received our valentine email with roses and a countdown to the day';
const closing = 'so judge or join this week and call one customer who had a bad day with us';

describe('sections are paired by their words, not their titles', () => {
  it('calls a new text under an old title one section removed and another added', () => {
    const matching = matchSections([section('results', growth)], [section('results', waiting)]);
    expect(matching).toMatchObject({ pairs: [], removed: [0], added: [0] });
  });

  it('pairs a renamed section with its reworded text, and not an unrelated one with a similar title', () => {
    const before = [
      { id: 'where-we-are-now', title: 'Where we are now', spoken: growth },
      { id: 'roses', title: 'Roses', spoken: roses },
    ];
    const after = [
      { id: 'where-we-are-going', title: 'Where we are going', spoken: waiting },
      { id: 'the-widow', title: 'The widow', spoken: `${roses} in february` },
    ];
    const matching = matchSections(before, after);
    expect(matching.pairs).toEqual([{ old: 1, new: 1, how: 'similar' }]);
    expect(matching).toMatchObject({ removed: [0], added: [0] });
  });

  it('in a whole draft, reports the replaced section as removed and added, with no score moves claimed', () => {
    const two = read(2);
    const start = two.indexOf('## Where we stand');
    const end = two.indexOf('## What the data says');
    const replaced = `${two.slice(0, start)}## Where we stand today\n\nA brand new story: ${waiting}. ${closing}.\n\n${two.slice(end)}`;
    const comparison = compareDrafts(draft(two), draft(replaced));
    const about = (title: string) => comparison.sections.filter((change) => (change.newTitle ?? change.oldTitle) === title);
    expect(about('Where we stand').map((change) => change.status)).toEqual(['removed']);
    expect(about('Where we stand today').map((change) => change.status)).toEqual(['added']);
    expect(comparison.sections.filter((change) => change.renamed)).toEqual([]);
  });
});

describe('pairing stays quick on the largest talks', () => {
  it('1,000 renamed sections of 100 words each: the first are paired, the rest listed once the work budget is spent', () => {
    const text = (seed: number) => Array.from({ length: 100 }, (_, index) => `w${seed}x${index}`).join(' ');
    const before = Array.from({ length: 1000 }, (_, index) => section(`old-${index}`, text(index)));
    const after = Array.from({ length: 1000 }, (_, index) => section(`new-${index}`, text(index)));
    const began = performance.now();
    const matching = matchSections(before, after);
    expect(performance.now() - began).toBeLessThan(5_000);
    expect(matching.pairs.every((pair) => pair.old === pair.new)).toBe(true);
    // 5 million look-ups of 101 each compare the first 49 old sections with all 1,000 new ones
    // and the 50th with the first 504 (its own among them).
    const rows = MATCH_WORK / 101 / 1000;
    expect(matching.pairs.length).toBeGreaterThanOrEqual(Math.floor(rows));
    expect(matching.pairs.length).toBeLessThanOrEqual(Math.ceil(rows));
    expect(matching.removed).toHaveLength(1000 - matching.pairs.length);
  });
});

describe('moved means the rank among paired sections changed', () => {
  const [a, b, c, d] = [section('a', growth), section('b', waiting), section('c', roses), section('d', closing)];
  const movedIds = (before: (typeof a)[], after: (typeof a)[]) => {
    const matching = matchSections(before, after);
    return [...matching.moved].map((index) => before[matching.pairs[index]!.old]!.id);
  };

  it('a swap of two sections moves one: the smaller', () => {
    expect(movedIds([a, b, c], [a, c, b])).toHaveLength(1);
    const [big, small] = [section('big', `${growth} ${roses}`), section('small', waiting)];
    expect(movedIds([big, small, d], [small, big, d])).toEqual(['small']);
    expect(movedIds([small, big, d], [big, small, d])).toEqual(['small']);
  });

  it('a section taken from the start to the end is the only one moved', () => {
    expect(movedIds([a, b, c, d], [b, c, d, a])).toEqual(['a']);
  });

  it('sections added or removed move no other section', () => {
    const added = section('x', 'an entirely fresh part about lighthouses keepers storms and lamps');
    expect(movedIds([a, b, c, d], [added, a, c, d])).toEqual([]);
    expect(movedIds([a, b, c], [a, b, c])).toEqual([]);
  });
});

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');
/** Straight quotes made curly: double ones alternating open and close, apostrophes inside words. */
function curl(text: string): string {
  let opening = true;
  return text
    .replace(/"/g, () => {
      opening = !opening;
      return opening ? '”' : '“';
    })
    .replace(/(\p{L})'(\p{L})/gu, '$1’$2');
}
/** Every prose line joined with the next into one long line (a re-wrap at "infinite" width). */
const unwrap = (text: string): string => text.replace(/([\p{L},.;?!"])\n(?=[\p{L}"])/gu, '$1 ');

const moves = (comparison: DraftComparison): number[] => [
  ...Object.values(comparison.scores).map((move) => move.after! - move.before!),
  ...comparison.sections.flatMap((change) => [
    ...Object.values(change.scores).map((move) => (move.after ?? 0) - (move.before ?? 0)),
    ...Object.values(change.risks).map((move) => (move.after ?? 0) - (move.before ?? 0)),
  ]),
  ...comparison.variants.map((variant) => variant.score.after! - variant.score.before!),
];

let serial = 0;
function notesOn(text: string, quotes: string[]): Note[] {
  const sections = anchorSections(analyseTalk(text).talk);
  return quotes.reduce((sidecar, quote) => {
    const at = text.indexOf(quote);
    if (at === -1) throw new Error(`not in the draft: ${quote}`);
    const anchor = createAnchor(text, sections, at, at + quote.length);
    const who = { author: 'Ann', now: '2026-12-03T10:00:00.000Z', newId: () => `n${++serial}` };
    return addNote(sidecar, who, { tag: 'tooCorporate', text: `about: ${quote}`, anchor }).sidecar;
  }, emptySidecar('talk.md')).notes;
}

describe('formatting-only steps change nothing', () => {
  const one = read(1);
  const notes = notesOn(one, [
    'We do not have a data problem.',
    'Nobody knew.',
    'You have five minutes each.',
    'What it\nhas not produced',
  ]);
  for (const [name, edit] of [
    ['CRLF', crlf],
    ['re-wrapped', unwrap],
    ['curly quotes', curl],
    ['all three', (text: string) => crlf(unwrap(curl(text)))],
  ] as const)
    it(`${name}: no score moves, nothing moved or renamed, every note still open`, () => {
      const comparison = compareDrafts(draft(one), draft(edit(one)), notes);
      expect(edit(one)).not.toEqual(one);
      expect(moves(comparison).filter((move) => move !== 0)).toEqual([]);
      expect(comparison.sections.filter((change) => change.moved || change.renamed || change.status === 'added')).toEqual([]);
      expect(comparison.notes!.map((note) => note.status)).toEqual(['open', 'open', 'open', 'open']);
    });
});

describe('note statuses are judged between OLD and NEW', () => {
  const [one, two, three] = [read(1), read(2), read(3)];
  const notes = notesOn(one, [
    'leveraged synergies across our stakeholder ecosystem',
    'We do not have a data problem.',
    'You have five minutes each.',
  ]);

  it('a line-ending-only step addresses no note; words gone before it are gone, not addressed', () => {
    const statuses = compareDrafts(draft(two), draft(crlf(two)), notes).notes!.map((note) => note.status);
    expect(statuses).toEqual(['gone', 'open', 'open']);
  });

  it('a note written on the first draft is followed through OLD: only this step’s edits address it', () => {
    const outcomes = compareDrafts(draft(two), draft(three), notes).notes!;
    expect(outcomes.map((note) => note.status)).toEqual(['gone', 'open', 'addressed']);
    expect(outcomes[2]).toMatchObject({ quote: 'You have five minutes each.', quoteNow: 'You have four minutes each.' });
  });
});
