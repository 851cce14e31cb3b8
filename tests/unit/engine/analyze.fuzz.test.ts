import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';

const piece = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '## ',
    '# ',
    '\n',
    '\r\n',
    '- ',
    '> ',
    '"',
    '“',
    '?',
    '2013',
    '40%',
    'I was afraid',
    'NPS',
    'touchpoints',
    'geïnteresseerd',
    'bijv.',
    'Dr.',
    '<!-- sticky-ignore: too-boring -->',
    '```',
    '[a](http://b)',
    '---\nlang: nl\n---\n',
  ),
);

describe('analyseTalk, property-based', () => {
  test('never throws; every finding is inside the source and slices to its words', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        const { analysis } = analyseTalk(text);
        for (const section of analysis.sections) {
          for (const value of Object.values(section.scores)) expect(value >= 0 && value <= 100).toBe(true);
          for (const finding of section.findings) {
            expect(finding.start.offset).toBeGreaterThanOrEqual(0);
            expect(finding.end.offset).toBeLessThanOrEqual(text.length);
            expect(text.slice(finding.start.offset, finding.end.offset).replace(/\r\n?/g, '\n')).toBe(
              (finding.actual ?? '').replace(/\r\n?/g, '\n'),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('handles a huge single line and empty input', () => {
    const huge = `## A\n\n${'word '.repeat(50_000)}`;
    expect(analyseTalk(huge).analysis.sections[0]!.metrics['words']).toBe(50_000);
    expect(analyseTalk('').analysis.sections).toEqual([]);
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(analyseTalk(text)).toEqual(analyseTalk(text));
      }),
      { numRuns: 100 },
    );
  });
});
