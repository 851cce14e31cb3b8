import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { headingDivider } from '../../../src/main/engine/deck/slides';
import { blockTokens, MAX_QUOTE_LINES } from '../../../src/main/engine/talk/lexer';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import { htmlComments, withoutComments } from '../../../src/shared/htmlComments';
import { blankFences } from '../../../src/main/engine/text/mask';
import { trimEndOf } from '../../../src/main/engine/text/trim';

// The linear scans that replaced regular expressions over talk text (issue 21) read the same
// things the expressions did; each is compared with the expression it replaced, on small inputs.

const pieces = (alphabet: string[], maxLength = 30): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...alphabet), { maxLength }).map((parts) => parts.join(''));
const blank = (text: string): string => text.replace(/[^\n]/g, ' ');

describe('HTML comments found by one forward scan', () => {
  test('property: the same comments as /<!--([\\s\\S]*?)-->/g', () => {
    fc.assert(
      fc.property(pieces(['<!--', '-->', '<!-', '->', '-', '>', 'a', '\n', ' ']), (text) => {
        const expected = [...text.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, inner: m[1] }));
        expect(htmlComments(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test('property: comments left out as the lazy expression <!--…--> left them out', () => {
    fc.assert(
      fc.property(pieces(['<!--', '-->', '<!-', '-', '>', 'a', '\n']), (text) => {
        expect(withoutComments(text, ' ')).toBe(text.replace(/<!--[\s\S]*?-->/g, ' '));
      }),
      { numRuns: 1000 },
    );
  });

  test('within a range, and an empty comment', () => {
    expect(htmlComments('x<!---->y<!-- a -->', 1, 8)).toEqual([{ start: 1, end: 8, inner: '' }]);
    expect(htmlComments('<!-- a --><!-- b', 0)).toHaveLength(1);
  });
});

describe('directives', () => {
  const ruleIds = (comment: string): string[] =>
    parseTalk(`## A\n\n${comment}\n\nThe customer called.\n`).findings.map((finding) => finding.ruleId);

  test('a key joined by `_` or a space still reads as a misspelt Sticky comment', () => {
    expect(ruleIds('<!-- sticky_ignore: jargon -->')).toContain('directive-unknown');
    expect(ruleIds('<!-- sticky ignore: jargon -->')).toContain('directive-unknown');
    expect(ruleIds('<!-- minutes: 3 -->')).not.toContain('directive-invalid');
  });

  test('a key of a hundred thousand underscores is an ordinary comment, read at once', () => {
    const started = performance.now();
    expect(ruleIds(`<!-- a${'_'.repeat(100_000)}: x -->`)).toEqual([]);
    // Quadratic, this took seconds; a generous bound for a loaded machine.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("Marp's headingDivider comment", () => {
  const levels = (text: string): number[] => [...headingDivider(text, { entries: new Map() })];

  test('the last closed comment wins; one holding `>` or left open is not read', () => {
    expect(levels('<!-- headingDivider: 1 -->\n<!-- headingDivider: [2, 3] -->')).toEqual([2, 3]);
    expect(levels('<!-- headingDivider: 2 -->\n<!-- headingDivider: 3 > -->')).toEqual([1, 2]);
    expect(levels('<!-- headingDivider: 2 -->\n<!-- headingDivider: 3')).toEqual([1, 2]);
  });
});

describe('fenced code in a list, blanked line by line', () => {
  test('property: the same text as the lazy regular expression it replaced', () => {
    const lines = pieces(['```', '~~~', '  ```x', '```  ', 'a', '- b', '  `` c', '\n', '\n'], 16);
    fc.assert(
      fc.property(lines, (text) => {
        const expected = text.replace(/^[ \t]*(?:`{3,}|~{3,})[\s\S]*?^[ \t]*(?:`{3,}|~{3,})[ \t]*$/gm, blank);
        expect(blankFences(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('trailing punctuation trimmed by stepping back', () => {
  test('property: the same text as /[.!?]+$/', () => {
    fc.assert(
      fc.property(pieces(['.', '!', '?', 'a', ' ', '…']), (text) => {
        expect(trimEndOf(text, '.!?')).toBe(text.replace(/[.!?]+$/, ''));
      }),
    );
  });
});

describe('a long quote', () => {
  test(`is read ${MAX_QUOTE_LINES} lines at a time, every character kept`, () => {
    const text = '> a\nb\n'.repeat(MAX_QUOTE_LINES);
    const tokens = blockTokens(text);
    expect(tokens.map((token) => token.raw).join('')).toBe(text);
    expect(tokens.filter((token) => token.type === 'blockquote').length).toBeGreaterThan(1);
    expect(blockTokens('> a\nb\n'.repeat(10)).map((token) => token.type)).toEqual(['blockquote']);
  });
});
