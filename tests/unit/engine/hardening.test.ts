import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { WORD_BUDGET } from '../../../src/main/engine/budget';
import { MAX_MARKERS } from '../../../src/main/engine/talk/nesting';
import { MAX_SECTIONS, parseTalk } from '../../../src/main/engine/talk/parseTalk';

/** Checks what every analysis must hold: scores in range, findings inside the text and exact. */
function holds(text: string): ReturnType<typeof analyseTalk> {
  const result = analyseTalk(text);
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  for (const section of result.analysis.sections) {
    for (const value of Object.values(section.scores)) expect(value >= 0 && value <= 100).toBe(true);
    for (const spot of Object.values(section.blindSpots)) expect(spot.risk >= 0 && spot.risk <= 100).toBe(true);
    for (const finding of section.findings) expect(normalized.slice(finding.start.offset, finding.end.offset)).toBe(finding.actual);
  }
  return result;
}
const ruleIds = (text: string): string[] => analyseTalk(text).talk.findings.map((finding) => finding.ruleId);

describe('bounded nesting', () => {
  test('lists and quotes nested thousands deep are read as text, with a finding', () => {
    for (const marker of ['> ', '- ', '1. ', '* ']) {
      const text = `## Deep\n\n${marker.repeat(5000)}The customer waited.\n`;
      const { talk, analysis } = holds(text);
      expect(talk.findings.map((finding) => finding.ruleId)).toContain('nesting-too-deep');
      expect(analysis.sections[0]!.metrics['words']).toBeGreaterThan(0);
    }
  });

  test('nesting within the bound is Markdown as before, with no finding', () => {
    const text = `## Fine\n\n${Array.from({ length: MAX_MARKERS - 1 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n`;
    expect(ruleIds(text)).not.toContain('nesting-too-deep');
  });

  test('a list indented a thousand levels is parsed, its deep lines as text', () => {
    const text = `## Deep\n\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`;
    expect(holds(text).talk.findings.map((finding) => finding.ruleId)).toContain('nesting-too-deep');
  });
});

describe('bounded work', () => {
  test(`more than ${MAX_SECTIONS} sections: the rest stay in the last one, with a finding`, () => {
    const talk = parseTalk(Array.from({ length: MAX_SECTIONS + 500 }, (_, i) => `## H${i}\n\nWords here.`).join('\n\n'));
    expect(talk.sections.length).toBeLessThanOrEqual(MAX_SECTIONS + 1);
    expect(talk.findings.map((finding) => finding.ruleId)).toContain('too-many-sections');
  });

  test('a document past the word budget is scored in part and says so', () => {
    const sentence = 'The customer called our desk and waited for an answer. ';
    const text = `## Pasted\n\n${sentence.repeat(Math.ceil((WORD_BUDGET * 1.2) / 10))}\n`;
    const { talk, analysis } = holds(text);
    const cut = talk.findings.find((finding) => finding.ruleId === 'analysis-budget');
    expect(cut?.message).toMatch(/too long to analyse in full/);
    expect(analysis.sections[0]!.metrics['words']).toBeLessThanOrEqual(WORD_BUDGET);
  });

  test('a talk within the budget has no budget finding', () => {
    expect(ruleIds('## A\n\nThe customer called.\n')).not.toContain('analysis-budget');
  });
});

describe('front matter of any type', () => {
  test('an object where a number belongs is a finding, not a crash', () => {
    const { talk } = holds('---\nwpm: {toString: 1}\nignore: [{a: 1}, jargon]\n---\n## A\n\nText.\n');
    expect(talk.wpm).toBeGreaterThan(0);
    expect(talk.findings.filter((finding) => finding.ruleId === 'front-matter-value').length).toBe(2);
    expect(talk.ignores).toEqual(['jargon']);
  });

  test('property: any YAML value for any known key gives a talk, never a throw', () => {
    const keys = fc.constantFrom('title', 'speaker', 'lang', 'wpm', 'mantra', 'audience', 'ignore', 'unknown');
    fc.assert(
      fc.property(fc.dictionary(keys, fc.jsonValue({ maxDepth: 3 })), (entries) => {
        const yaml = Object.keys(entries).length > 0 ? stringify(entries) : '';
        holds(`---\n${yaml}---\n## A\n\nThe customer called.\n`);
      }),
      { numRuns: 200 },
    );
  });
});

describe('nesting and long lines, property-based', () => {
  const prefix = fc.array(fc.constantFrom('> ', '- ', '  ', '\t', '1. ', '* ', '+ '), { maxLength: 60 });
  test('random marker prefixes and long lines: no throw, scores in range, exact offsets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(prefix, fc.constantFrom('word', 'The customer “called” me.', 'x'.repeat(300), '[a](b) <a href=x>')), {
          maxLength: 40,
        }),
        (lines) => {
          holds(`## A\n\n${lines.map(([markers, text]) => `${markers.join('')}${text}`).join('\n')}\n`);
        },
      ),
      { numRuns: 150 },
    );
  });
});
