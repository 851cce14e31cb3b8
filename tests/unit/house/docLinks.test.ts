import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
// The documentation a reader follows from the front door: README, CONTRIBUTING and docs/.
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
// Links that leave the repository are not checked here (no network in tests).
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** Every link and image in a Markdown file, code blocks and code spans left out. */
export function linksOf(markdown: string): string[] {
  const hrefs: string[] = [];
  const walk = (tokens: Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'link' || token.type === 'image') hrefs.push((token as Tokens.Link | Tokens.Image).href);
      const children = [
        ...(('tokens' in token && token.tokens) || []),
        ...(token.type === 'list' ? (token as Tokens.List).items : []),
        ...(token.type === 'table'
          ? [...(token as Tokens.Table).header, ...(token as Tokens.Table).rows.flat()].flatMap((cell) => cell.tokens)
          : []),
      ] as Token[];
      walk(children);
    }
  };
  walk(new Lexer().lex(markdown));
  return hrefs;
}

/** A heading's plain text: its inline Markdown (code spans, emphasis, links) reduced to what shows. */
function plainText(tokens: Token[]): string {
  return tokens
    .map((token) => ('tokens' in token && token.tokens ? plainText(token.tokens) : 'text' in token ? String(token.text) : ''))
    .join('');
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const token of new Lexer().lex(markdown)) {
    if (token.type !== 'heading') continue;
    const base = plainText((token as Tokens.Heading).tokens)
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** What is wrong with one link from `file` (relative to the repository), or null when it lands. */
function brokenLink(file: string, href: string): string | null {
  if (EXTERNAL.test(href)) return null;
  const [pathPart = '', anchor] = href.split('#', 2);
  const target = pathPart === '' ? join(ROOT, file) : resolve(ROOT, dirname(file), decodeURI(pathPart));
  if (!target.startsWith(ROOT)) return `${href}: outside the repository`;
  if (!existsSync(target)) return `${href}: no such file ${relative(ROOT, target)}`;
  if (anchor === undefined || !target.endsWith('.md')) return null;
  return anchorsOf(readFileSync(target, 'utf8')).has(anchor) ? null : `${href}: no heading #${anchor} in ${relative(ROOT, target)}`;
}

describe('documentation links', () => {
  test('the anchors follow GitHub: code spans kept as text, punctuation dropped, repeats numbered', () => {
    expect([...anchorsOf('## Validity (`npm run eval`)\n\n### In the app: Compare with… and Export\n\n## A\n\n## A\n')]).toEqual([
      'validity-npm-run-eval',
      'in-the-app-compare-with-and-export',
      'a',
      'a-1',
    ]);
    expect(linksOf('[x](a.md#b) ![y](c.png)\n\n```\n[not](a-link.md)\n```\n\n| t |\n| - |\n| [z](d.md) |\n')).toEqual([
      'a.md#b',
      'c.png',
      'd.md',
    ]);
  });

  for (const file of DOCS) {
    test(`${file}: every relative link and image points at a file, and every #anchor at a heading`, () => {
      const broken = linksOf(readFileSync(join(ROOT, file), 'utf8'))
        .map((href) => brokenLink(file, href))
        .filter((problem) => problem !== null);
      expect(broken).toEqual([]);
    });
  }
});
