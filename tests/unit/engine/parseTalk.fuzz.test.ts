import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseTalk, readTalk } from '../../../src/main/engine/talk/parseTalk';
import type { Position, Talk } from '../../../src/shared/talk';

/** Line and column of an offset, counted independently: CRLF, LF and lone CR are one break each. */
function expectedPosition(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

function checkInvariants(text: string, talk: Talk): void {
  let previousEnd = -1;
  for (const section of talk.sections) {
    expect(section.start.offset).toBeGreaterThanOrEqual(0);
    expect(section.end.offset).toBeLessThanOrEqual(text.length);
    expect(section.start.offset).toBeLessThanOrEqual(section.end.offset);
    expect(section.start.offset).toBeGreaterThanOrEqual(previousEnd);
    expect(section.start).toEqual(expectedPosition(text, section.start.offset));
    expect(section.end).toEqual(expectedPosition(text, section.end.offset));
    expect(section.line).toBe(section.start.line);
    expect(Number.isInteger(section.words) && section.words >= 0).toBe(true);
    previousEnd = section.end.offset;
  }
  for (const finding of talk.findings) {
    expect(finding.start.offset).toBeGreaterThanOrEqual(0);
    expect(finding.end.offset).toBeLessThanOrEqual(text.length);
    expect(finding.start).toEqual(expectedPosition(text, finding.start.offset));
  }
}

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9]{1,10}$/);
const title = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const block = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 20 }).map((words) => words.join(' ') + '.'),
  fc.array(word, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  title.map((text) => '```\n## ' + text + '\n```'),
  word.map((text) => `> ${text} said so`),
  title.map((text) => `### ${text}`),
  fc.constantFrom('<!-- a note -->', '| a | b |\n|---|---|\n| c | d |', '***', '![alt](pic.png)'),
);
const sectionArb = fc.record({
  title,
  variants: fc.option(fc.subarray([10, 30, 60], { minLength: 1 }), { nil: undefined }),
  minutes: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  blocks: fc.array(block, { maxLength: 5 }),
});
const documentArb = fc.record({
  frontMatter: fc.boolean(),
  heading1: fc.option(title, { nil: undefined }),
  sections: fc.array(sectionArb, { minLength: 1, maxLength: 8 }),
  eol: fc.constantFrom('\n', '\r\n'),
});

describe('parseTalk, property-based', () => {
  test('recovers every generated section exactly, with LF or CRLF', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const parts: string[] = [];
        if (doc.frontMatter) parts.push('---\ntitle: Fuzzed\nwpm: 120\n---');
        if (doc.heading1) parts.push(`# ${doc.heading1}`);
        const rendered = doc.sections.map((section) => {
          const lines = [`## ${section.title}`];
          if (section.variants) lines.push(`<!-- variants: ${section.variants.join(' ')} -->`);
          if (section.minutes) lines.push(`<!-- minutes: ${section.minutes} -->`);
          return [lines.join('\n'), ...section.blocks].join('\n\n');
        });
        const text = [...parts, ...rendered].join('\n\n').replace(/\n/g, doc.eol) + doc.eol;
        const talk = parseTalk(text);
        checkInvariants(text, talk);
        const sections = talk.sections.filter((section) => section.id !== 'opening');
        expect(sections.map((section) => section.title)).toEqual(doc.sections.map((section) => section.title));
        sections.forEach((section, index) => {
          const slice = text.slice(section.start.offset, section.end.offset);
          expect(slice.startsWith(`## ${section.title}${doc.eol}`)).toBe(true);
          expect(slice.replace(/\r\n/g, '\n').trimEnd()).toBe(rendered[index]!.trimEnd());
          const generated = doc.sections[index]!;
          expect(section.variants).toEqual(generated.variants ? [...generated.variants].sort((a, b) => a - b) : [10, 30, 60]);
          expect(section.fixedMinutes).toBe(generated.minutes ?? null);
        });
        expect(talk.sections.at(-1)!.end.offset).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  test('never throws and keeps every position in bounds on arbitrary text', () => {
    const markdownish = fc.array(
      fc.oneof(
        fc.string({ unit: 'grapheme' }),
        fc.constantFrom('## ', '# ', '\n', '\r\n', '\r', '---\n', '<!-- variants: 10 -->', '```', '\uFEFF', '- ', '> ', '|'),
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(markdownish, (pieces) => {
        const text = pieces.join('');
        checkInvariants(text, parseTalk(text));
      }),
      { numRuns: 500 },
    );
  });

  test('the spoken mask is aligned with the source: every character kept is the source character', () => {
    fc.assert(
      fc.property(documentArb, fc.string(), (doc, noise) => {
        const text = `## ${doc.sections[0]!.title}\n\n${noise}\n\n[link](http://x.y) *em* \`code\` ![img](a.png)\n`;
        const { source, texts } = readTalk(text);
        for (const sectionText of texts) {
          for (let i = 0; i < sectionText.masked.length; i++) {
            const ch = sectionText.masked[i]!;
            if (ch !== ' ' && ch !== '\n') expect(ch).toBe(source.normalized[sectionText.start + i]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test('is deterministic', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(parseTalk(text)).toEqual(parseTalk(text));
      }),
      { numRuns: 100 },
    );
  });
});
