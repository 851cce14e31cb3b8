import fc from 'fast-check';
import { Lexer } from 'marked';
import { describe, expect, test } from 'vitest';
import { blockTokens, LINEAR_RULES } from '../../../src/main/engine/talk/lexer';

// Lines that meet the three rules kept from rescanning (tables, setext headings, paragraphs) and
// the blocks that stop them: quotes and lists hold nested texts, split by a nested call.
const LINE = fc.constantFrom(
  'x',
  'y z',
  'a|b',
  '|a|b|',
  '--',
  '==',
  ':-',
  '|-|-|',
  '---',
  ':---:|--',
  '',
  ' ',
  '> q',
  '> a|b',
  '- item',
  '1. one',
  '# h',
  '```',
  '    code',
  '<div>',
  '<!-- c -->',
  '[x]: /u',
  '\u2028',
  'a\u2029b',
  '\t-',
  '  continued',
  '   - nested',
  '>',
  '> - quoted item',
  '> > deeper',
  '[y]: <b> "t"',
  '<pre>',
  '</pre>',
  '~~~',
);
const markdown = fc.array(LINE, { maxLength: 40 }).map((lines) => lines.join('\n'));
const stock = (text: string): unknown => JSON.parse(JSON.stringify(new Lexer({ gfm: true }).blockTokens(text)));
const linear = (text: string): unknown => JSON.parse(JSON.stringify(blockTokens(text)));

describe('the linear block lexer', () => {
  test("this version of marked has the rules it rewrites (else it would fall back to marked's own)", () => {
    expect(LINEAR_RULES.paragraph.source).not.toBe(Lexer.rules.block.gfm.paragraph.source);
    expect(LINEAR_RULES.headingStops).not.toBeNull();
  });

  test("property: the same tokens as marked's own lexer", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(linear(text)).toEqual(stock(text));
      }),
      { numRuns: Number(process.env.STICKY_LEXER_RUNS ?? 3000) },
    );
  });

  test('examples of each rewritten rule give the same tokens', () => {
    for (const text of ['x\n--\nx\n--\n', 'a|b\n--\na|b\n--', 'y\na|b\n:-\ny\n', '|a|b|\n|-|-|\n|1|2|\nx', 'p\nq\n> r\ns\n==\n']) {
      expect(linear(text)).toEqual(stock(text));
    }
  });

  test('a run of refused tables and setext headings is read in about linear time', () => {
    // The stock lexer takes seconds on 80,000 characters of each (quadratic); a tenth of a second
    // here. A ratio between sizes, not an absolute time: 4x the text may take at most ~12x.
    for (const unit of ['y\na|b\n:-\n', 'x\n--\n', 'a|b\n--\n']) {
      const time = (size: number): number => {
        const text = unit.repeat(size / unit.length);
        const started = performance.now();
        blockTokens(text);
        return performance.now() - started;
      };
      // The best of three runs of each size: a busy machine slows one run, not all three.
      const best = (size: number): number => Math.min(time(size), time(size), time(size));
      const small = Math.max(best(20000), 5);
      expect(best(80000) / small).toBeLessThan(12);
    }
  });
});
