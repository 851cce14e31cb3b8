import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorSections, createAnchor } from '../../../src/main/engine/anchors/createAnchor';
import { fold } from '../../../src/main/engine/anchors/foldText';
import { followedAnchor, resolveAnchor } from '../../../src/main/engine/anchors/resolveAnchor';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import type { NoteAnchor } from '../../../src/shared/notes';

const draft = (version: number): string =>
  readFileSync(join(__dirname, '../../fixtures/drafts', `lead-your-leaders.v${version}.md`), 'utf8');
const sectionsOf = (text: string) => anchorSections(parseTalk(text));

/** The nth occurrence of a quote in a text, as a note's anchor. */
function noteOn(text: string, quote: string, nth = 0): NoteAnchor {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`quote not in draft: ${quote}`);
  return createAnchor(text, sectionsOf(text), at, at + quote.length);
}

// Where each note written on draft 1 should land in drafts 2 and 3: the words it should cover (or
// null for an orphan) and the section it should be in.
type Expected = { words: string | null; section: string | null; status: 'exact' | 'fuzzy' | 'orphaned' };
const SERIES: { quote: string; nth?: number; v2: Expected; v3: Expected }[] = [
  {
    quote: 'think of the last time a company made you feel',
    v2: { words: 'think of the last time a company made you feel', section: 'opening', status: 'exact' },
    v3: { words: 'think of the last time a company made you feel', section: 'opening', status: 'exact' },
  },
  {
    // Rewritten from scratch: the note must not jump onto other words.
    quote: 'leveraged synergies across our stakeholder ecosystem',
    v2: { words: null, section: 'where-we-are-now', status: 'orphaned' },
    v3: { words: null, section: 'where-we-are-now', status: 'orphaned' },
  },
  {
    quote: 'Research by Bain shows that a five percent increase in retention',
    v2: {
      words: 'Research by Bain & Company shows that a five per cent increase in retention',
      section: 'what-the-data-says',
      status: 'fuzzy',
    },
    v3: {
      words: 'Research by Bain & Company shows that a five per cent increase in retention',
      section: 'what-the-data-says',
      status: 'fuzzy',
    },
  },
  {
    // Its section renamed.
    quote: 'We do not have a data problem.',
    v2: { words: 'We do not have a data problem.', section: 'where-we-stand', status: 'exact' },
    v3: { words: 'We do not have a data problem.', section: 'where-we-stand', status: 'exact' },
  },
  {
    // Its paragraph moved to the close.
    quote: 'One number, one person, one\nmoment.',
    v2: { words: 'One number, one person, one\nmoment.', section: 'what-i-ask-of-you', status: 'exact' },
    v3: { words: 'One number, one person, one\nmoment.', section: 'what-i-ask-of-you', status: 'exact' },
  },
  {
    // Its section deleted.
    quote: 'Watch the faces of the agents, not the screens.',
    v2: { words: null, section: 'video-one-night-in-the-call-centre', status: 'orphaned' },
    v3: { words: null, section: 'video-one-night-in-the-call-centre', status: 'orphaned' },
  },
  {
    // The second of four "invoice", in a section split in two: context tells them apart.
    quote: 'invoice',
    nth: 1,
    v2: { words: 'invoice', section: 'move-two-own-a-moment-of-truth', status: 'exact' },
    v3: { words: 'invoice', section: 'move-two-own-a-moment-of-truth', status: 'exact' },
  },
  {
    // A number changed in draft 3, in a renamed section.
    quote: 'You have five minutes each.',
    v2: { words: 'You have five minutes each.', section: 'exercise-your-customer-s-worst-tuesday', status: 'exact' },
    v3: { words: 'You have four minutes each.', section: 'exercise-a-customer-s-worst-day', status: 'fuzzy' },
  },
  {
    // Reworded in draft 3.
    quote: 'Good morning. Before I start, a small favour',
    v2: { words: 'Good morning. Before I start, a small favour', section: 'opening', status: 'exact' },
    v3: { words: 'Good morning, everyone. Before I begin, one small favour', section: 'opening', status: 'fuzzy' },
  },
  {
    // Two sentences merged in draft 3: the note lands on the merged sentence's end, the part that
    // still says what the note quoted (its first words are gone).
    quote: 'None of them needs a new system.',
    v2: { words: 'None of them needs a new system.', section: 'move-two-own-a-moment-of-truth', status: 'exact' },
    v3: { words: 'moves needs a budget or a new system.', section: 'move-two-own-a-moment-of-truth', status: 'fuzzy' },
  },
  {
    quote: 'Everybody can see Margaret at her kitchen table.',
    v2: { words: 'Everybody can see Margaret at her kitchen table.', section: 'what-the-data-says', status: 'exact' },
    v3: { words: 'Everybody can see Margaret at her kitchen table.', section: 'what-the-data-says', status: 'exact' },
  },
];

describe('anchors across a series of revisions', () => {
  const first = draft(1);
  const notes = SERIES.map((item) => ({ ...item, anchor: noteOn(first, item.quote, item.nth) }));

  it('records section, quote, context and offsets', () => {
    const anchor = notes[3]!.anchor;
    expect(anchor.sectionId).toBe('where-we-are-now');
    expect(anchor.sectionTitle).toBe('Where we are now');
    expect(first.slice(anchor.start, anchor.end)).toBe(anchor.exact);
    // 32 characters as compared: whitespace runs count once (a paragraph break in it takes more as read).
    expect(fold(anchor.prefix).length).toBe(32);
    expect(first.slice(anchor.end).startsWith(anchor.suffix)).toBe(true);
  });

  for (const version of [2, 3] as const) {
    it(`places every note as expected in draft ${version}`, () => {
      const text = draft(version);
      const sections = sectionsOf(text);
      const landed = notes.map(({ quote, anchor, [`v${version}` as 'v2']: expected }) => {
        const placement = resolveAnchor(anchor, text, sections);
        const words = placement.status === 'orphaned' ? null : text.slice(placement.start, placement.end);
        return { quote, got: { words, section: placement.sectionId, status: placement.status }, expected };
      });
      expect(landed.map(({ quote, got }) => ({ quote, ...got }))).toEqual(landed.map(({ quote, expected }) => ({ quote, ...expected })));
    });
  }

  it('keeps an orphan at its old place and re-attaches it to a new selection', () => {
    const text = draft(2);
    const sections = sectionsOf(text);
    const orphan = notes[5]!.anchor;
    const placement = resolveAnchor(orphan, text, sections);
    expect(placement).toMatchObject({ status: 'orphaned', start: orphan.start, sectionTitle: 'Video: one night in the call centre' });
    const at = text.indexOf('Mark every moment');
    const moved = createAnchor(text, sections, at, at + 'Mark every moment'.length);
    expect(resolveAnchor(moved, text, sections)).toMatchObject({ status: 'exact', sectionId: 'workshop-map-one-journey-together' });
  });

  it('follows the talk: an anchor refreshed on draft 2 is found exactly in draft 3', () => {
    const v2 = draft(2);
    const v3 = draft(3);
    const bain = notes[2]!.anchor;
    const refreshed = followedAnchor(bain, resolveAnchor(bain, v2, sectionsOf(v2)), v2, sectionsOf(v2));
    expect(refreshed.exact).toContain('Bain & Company');
    expect(resolveAnchor(refreshed, v3, sectionsOf(v3)).status).toBe('exact');
  });

  it('orphans an empty quote instead of guessing', () => {
    const anchor: NoteAnchor = { sectionId: 'x', sectionTitle: 'X', exact: '', prefix: '', suffix: '', start: 5, end: 5 };
    expect(resolveAnchor(anchor, first, sectionsOf(first)).status).toBe('orphaned');
  });
});

describe('a one-word quote among several', () => {
  it('lands on the occurrence its context names', () => {
    const text = draft(2);
    const anchor = noteOn(draft(1), 'invoice', 1);
    const placement = resolveAnchor(anchor, text, sectionsOf(text));
    expect(text.slice(placement.start - 32, placement.end)).toBe('finance director owns the first invoice');
  });
});

describe('bounded work', () => {
  it('places a hundred edited notes in a 5 MB talk within seconds', () => {
    const base = draft(1);
    const text = base.repeat(Math.ceil(5_000_000 / base.length));
    const sections = sectionsOf(text);
    const edited = text.replace(/Research by Bain shows/g, 'Research by Bain & Co shows');
    const notes = Array.from({ length: 100 }, (_, index) => {
      const at = text.indexOf('Research by Bain shows', index * base.length);
      return createAnchor(text, sections, at, at + 'Research by Bain shows that a five percent increase'.length);
    });
    const started = performance.now();
    const placed = notes.map((anchor) => resolveAnchor(anchor, edited, sections));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(placed.every((placement) => placement.status === 'fuzzy')).toBe(true);
    expect(Math.abs(placed[50]!.start - notes[50]!.start)).toBeLessThan(base.length);
  }, 30_000);

  it('finds a quote of more than a page only exactly', () => {
    const text = draft(1);
    const anchor = createAnchor(text, sectionsOf(text), 100, 2300);
    expect(resolveAnchor(anchor, text, sectionsOf(text)).status).toBe('exact');
    expect(resolveAnchor(anchor, text.slice(0, 1000) + 'x' + text.slice(1000), sectionsOf(text)).status).toBe('orphaned');
  });
});
