import { describe, expect, it } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { AnchorWork } from '../../../src/main/engine/anchors/anchorWork';
import { createAnchor, sectionAt, type AnchorSection } from '../../../src/main/engine/anchors/createAnchor';
import { editDistance, editDistanceByTable } from '../../../src/main/engine/anchors/editDistance';
import { resolveAnchors } from '../../../src/main/engine/anchors/resolveAnchor';
import type { Dismissal, NoteAnchor } from '../../../src/shared/notes';

// Issue 21, item 6: the hostile sidecars of scripts/stress-cases/notes.mjs, built small here. Work
// is counted (AnchorWork), not timed: placing 4n notes must cost about 4 times n notes, and a
// note's cost must not grow with the talk.
const PARAGRAPH = 'The customer called us at nine. We listened, we learned, and the next visit went better for everyone.\n\n';

function talk(chars: number): { text: string; sections: AnchorSection[] } {
  const sections: AnchorSection[] = [];
  let text = '';
  for (let index = 0; text.length < chars; index++) {
    const start = text.length;
    text += `## Part ${index}\n\n${PARAGRAPH.repeat(8)}`;
    sections.push({ id: `part-${index}`, title: `Part ${index}`, start, end: text.length });
  }
  return { text, sections };
}

const anchorAt = (text: string, count: number, index: number, exact: string, context = true): NoteAnchor => {
  const start = Math.floor((index * (text.length - 100)) / count);
  return {
    sectionId: 'part-0',
    sectionTitle: 'Part 0',
    exact,
    prefix: context ? 'no such words before no such wor' : '',
    suffix: context ? 'nor after these nor after these.' : '',
    start,
    end: start + exact.length,
  };
};

/** The work of placing `count` notes made by `make` in a talk of `chars` characters, and the placements. */
function place(chars: number, count: number, make: (text: string, index: number) => NoteAnchor, budget = Infinity) {
  const { text, sections } = talk(chars);
  const work = new AnchorWork(budget);
  const anchors = Array.from({ length: count }, (_, index) => make(text, index));
  const placed = resolveAnchors(anchors, text, sections, work);
  return { work: work.used, placed, anchors };
}

describe('placing notes is linear', () => {
  it('notes on a single space whose context is found nowhere: 4n notes cost 4 times n, and no more in a 4 times longer talk', () => {
    const space = (count: number) => (text: string, index: number) => anchorAt(text, count, index, ' ');
    const small = place(100_000, 100, space(100));
    const more = place(100_000, 400, space(400));
    const longer = place(400_000, 100, space(100));
    expect(more.work / small.work).toBeLessThan(4.5);
    expect(longer.work / small.work).toBeLessThan(1.5);
    // A space whose context is found nowhere is an orphan: an orphan is better than a wrong place (issue 22).
    expect(more.placed.every((placement) => placement.status === 'orphaned')).toBe(true);
  });

  it('notes on a space kept in step with the talk stop at their own place', () => {
    const { text, sections } = talk(400_000);
    const anchors = Array.from({ length: 400 }, (_, index) => {
      const at = text.indexOf(' ', index * 900);
      return createAnchor(text, sections, at, at + 1);
    });
    const work = new AnchorWork(Infinity);
    const placed = resolveAnchors(anchors, text, sections, work);
    expect(placed.map((placement) => placement.start)).toEqual(anchors.map((anchor) => anchor.start));
    // Each note compares no context at all (it is unchanged) and scans a few hundred characters.
    expect(work.used / anchors.length).toBeLessThan(10_000);
  });

  it('quotes found nowhere: 4n notes cost 4 times n, each bounded by the fuzzy window, not the talk', () => {
    const nowhere = (count: number) => (text: string, index: number) =>
      anchorAt(text, count, index, `a quote nowhere ${index} in the talk`);
    const small = place(300_000, 50, nowhere(50));
    const more = place(300_000, 200, nowhere(200));
    expect(more.work / small.work).toBeLessThan(4.5);
    expect(more.placed.every((placement) => placement.status === 'orphaned' && placement.reason === undefined)).toBe(true);
    // The fuzzy window (100,000 characters either side) and one scan of the text per distinct quote.
    expect(more.work / 200).toBeLessThan(10 * 200_100 * 2 + 300_000);
  });

  it('a quote of under four characters is never searched for fuzzily', () => {
    const { work, placed } = place(300_000, 50, (text, index) => anchorAt(text, 50, index, 'zq~'));
    expect(placed.every((placement) => placement.status === 'orphaned')).toBe(true);
    expect(work).toBeLessThan(300_000); // one scan of the text for the one distinct quote
  });

  it('once the budget is spent the notes left are orphaned with that reason, at their old place', () => {
    const count = 100;
    const { work, placed, anchors } = place(
      300_000,
      count,
      (text, index) => anchorAt(text, count, index, `nowhere ${index} at all`),
      20_000_000,
    );
    const cut = placed.filter((placement) => placement.reason === 'too-much-work');
    expect(cut.length).toBeGreaterThan(count / 2);
    expect(placed.slice(-cut.length)).toEqual(cut); // the last ones, in order
    expect(cut.every((placement) => placement.status === 'orphaned')).toBe(true);
    expect(cut.at(-1)).toMatchObject({ start: anchors.at(-1)!.start, end: anchors.at(-1)!.end, sectionId: 'part-0' });
    expect(work).toBeLessThan(20_000_000 + 10 * 200_100 + 300_000); // at most one note past the budget
  });

  it('a context longer than Sticky stores is compared on its 32 characters nearest the quote', () => {
    const { text, sections } = talk(50_000);
    const at = text.indexOf('listened', 20_000);
    const anchor = { ...createAnchor(text, sections, at, at + 8), prefix: 'x'.repeat(500_000) + text.slice(at - 32, at) };
    const work = new AnchorWork(Infinity);
    expect(resolveAnchors([anchor], text, sections, work)[0]!.start).toBe(at);
    expect(work.used).toBeLessThan(1_000_000);
  });
});

describe('the parts', () => {
  it('bit-parallel edit distance equals the table’s on random strings', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    const word = () => Array.from({ length: random(33) }, () => 'abcde '[random(6)]).join('');
    for (let round = 0; round < 2000; round++) {
      const [a, b] = [word(), word()];
      expect(editDistance(a, b)).toBe(editDistanceByTable(a, b));
    }
  });

  it('finds the section of an offset by binary search', () => {
    const { sections } = talk(20_000);
    for (const section of sections) {
      expect(sectionAt(sections, section.start)).toBe(section);
      expect(sectionAt(sections, section.end - 1)).toBe(section);
    }
    expect(sectionAt([{ id: 'a', title: 'A', start: 5, end: 9 }], 2)).toBeNull();
  });
});

describe('dismissals are grouped in one pass', () => {
  const dismissals = (count: number): Dismissal[] =>
    Array.from({ length: count }, (_, index) => ({
      key: `filler|part-0|word ${index}|0`,
      ruleId: 'filler',
      sectionId: 'part-0',
      actual: `word ${index}`,
      reason: 'not a filler here',
      author: 'Coach',
      at: '2026-01-01T00:00:00.000Z',
    }));
  const fastest = (run: () => void): number =>
    Math.min(
      ...Array.from({ length: 3 }, () => {
        const started = performance.now();
        run();
        return performance.now() - started;
      }),
    );

  it('4 times as many dismissals in one section take about 4 times as long, not 16', () => {
    const text = '## Part 0\n\nThe customer called us at nine. We listened.\n';
    const few = fastest(() => analyseTalk(text, { dismissed: dismissals(10_000) }));
    const many = fastest(() => analyseTalk(text, { dismissed: dismissals(40_000) }));
    // Copying the section's list per entry made 40,000 take 16 times 10,000 (seconds); 8 leaves room for noise.
    expect(many).toBeLessThan(8 * few + 50);
  });
});
