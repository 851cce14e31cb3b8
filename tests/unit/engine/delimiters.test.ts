import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { slideParts } from '../../../src/main/engine/deck/notes';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';

// Long runs of every Markdown delimiter, alone and mixed, fed to every reader of talk text: the
// talk parser, each deck reader, the front matter, and the whole analysis. Each reader had (or
// could have) a scan that starts again at every unclosed delimiter, so its time grew with the
// square of the text: 120k unclosed `<!--` took 28 s, 250 KB of `x\n--` lines over 30 s.
//
// Time is judged two ways, both robust on a loaded two-core machine: an absolute budget ten times
// what the slowest case takes here (a quadratic scan of the same text took seconds to minutes),
// and, for the shapes that were quadratic, the growth from n to 4n characters, best of three runs
// taken in turns, so a busy spell slows both sizes alike (linear work grows 4x, quadratic 16x; the
// bound of 10 leaves room for noise either way).

/** A reader: wraps a body of text in what makes it that kind of talk, and reads it. */
const READERS: Record<string, (body: string) => unknown> = {
  talk: (body) => parseTalk(`## A\n\n${body}\n`),
  slidev: (body) => parseTalk(`---\ntheme: seriph\n---\n\n# A\n\n---\nlayout: center\n---\n\n${body}\n`),
  marp: (body) => parseTalk(`---\nmarp: true\n---\n\n# A\n\n<!-- a note -->\n\n---\n\n${body}\n`),
  'marp headingDivider': (body) => parseTalk(`---\nmarp: true\n---\n<!-- headingDivider: 2 -->\n\n## A\n\n${body}\n`),
  reveal: (body) => parseTalk(`---\ndeck: reveal\n---\n\n## A\n\nNote: said\n\n--\n\n${body}\n`),
  'front matter': (body) => parseTalk(`---\ntitle: ${body.slice(0, 200)}\nnotes: ${body}\n---\n## A\n\nText.\n`),
};

const UNITS = [
  '<!--',
  '-->',
  '<!-- x\n',
  '---',
  '--',
  '***',
  '[',
  '_',
  '`',
  '```\n',
  '~~~\n',
  '|',
  '<',
  ':::',
  '$$',
  '*a',
  '![a](',
  '\\',
  'x\n--\n',
  'a|b\n--\n',
  'y\na|b\n:-\n',
  '<!-- a____',
  '# [[[[',
  '> a\nb\n',
  '- a\n  b\n',
  '    x\n',
  '<!-- n -->\n',
  '<!-- headingDivider: 2 ',
  '\n---\n',
  '\n--\n',
  'Note: x\n',
  '---\nlayout: x\n',
];

// Ten times the slowest reader here on 100,000 characters (~300 ms on a loaded machine).
const BUDGET_MS = 3000;
const SIZE = 100_000;
const repeatTo = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length));

function elapsed(read: () => unknown): number {
  const started = performance.now();
  read();
  return performance.now() - started;
}

describe('long runs of every delimiter', () => {
  for (const [name, read] of Object.entries(READERS)) {
    test(`${name}: each delimiter, ${SIZE.toLocaleString('en')} characters, within the budget`, { timeout: 120_000 }, () => {
      const slow = UNITS.map((unit) => ({ unit, ms: elapsed(() => read(repeatTo(unit, SIZE))) })).filter(({ ms }) => ms > BUDGET_MS);
      expect(slow).toEqual([]);
    });
  }

  test('the whole analysis of a few of them stays within the budget', { timeout: 120_000 }, () => {
    const slow = ['<!--', 'x\n--\n', 'y\na|b\n:-\n', '<!-- a____', '> a\nb\n', '_']
      .map((unit) => ({ unit, ms: elapsed(() => analyseTalk(`## A\n\n${repeatTo(unit, SIZE)}\n`)) }))
      .filter(({ ms }) => ms > BUDGET_MS);
    expect(slow).toEqual([]);
  });

  test('property: mixed runs of delimiters, any reader, within the budget', { timeout: 300_000 }, () => {
    const mix = fc.record({
      reader: fc.constantFrom(...Object.keys(READERS)),
      units: fc.array(fc.constantFrom(...UNITS), { minLength: 2, maxLength: 4 }),
      size: fc.integer({ min: 20_000, max: SIZE }),
    });
    fc.assert(
      fc.property(mix, ({ reader, units, size }) => {
        const body = repeatTo(units.join(''), size);
        expect(elapsed(() => READERS[reader]!(body))).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: 25 },
    );
  });
});

describe('the shapes that were quadratic grow linearly', () => {
  const notes = (text: string): unknown => slideParts(text, 'marp', 0, text.length);
  // [reader, repeated unit, what was quadratic, the smaller size: large enough that the old scan's
  // time showed above the rest]
  const cases: [string, string, string, number][] = [
    ['talk', '<!--', 'unclosed comments (readDirectives)', 100_000],
    ['talk', '<!-- a____', 'a directive key of underscores', 50_000],
    ['talk', 'x\n--\n', "marked's table look-ahead", 50_000],
    ['talk', 'y\na|b\n:-\n', 'refused tables joined to a paragraph', 50_000],
    ['talk', '> a\nb\n', 'a quote with lazy lines', 50_000],
    ['marp', '<!-- headingDivider: 2 ', "Marp's unclosed headingDivider comments", 50_000],
    ['notes', '<!-- n -->\n', 'Marp notes told from other comments', 200_000],
  ];
  test.each(cases)('%s: %j (%s)', { timeout: 120_000 }, (reader, unit, _what, size) => {
    const read = reader === 'notes' ? notes : READERS[reader]!;
    const smallText = repeatTo(unit, size);
    const largeText = repeatTo(unit, 4 * size);
    let small = Infinity;
    let large = Infinity;
    for (let run = 0; run < 3; run++) {
      small = Math.min(
        small,
        elapsed(() => read(smallText)),
      );
      large = Math.min(
        large,
        elapsed(() => read(largeText)),
      );
    }
    expect(large / Math.max(small, 10)).toBeLessThan(10);
  });
});
