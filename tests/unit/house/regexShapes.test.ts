import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { regexLiterals } from './regexLiterals';
import { dangerousShapes } from './regexShapes';

const ROOT = resolve(__dirname, '../../..');
// Everything the main process and the command run, and the shared helpers: all of it may read a
// talk, a sidecar or a file a colleague sent.
const SCANNED = ['src/main', 'src/shared'];

/**
 * Regex literals that have a flagged shape but are linear for a stated reason. Each entry must
 * still exist and still be flagged (a stale entry fails), so the list cannot hide new ones.
 */
const ALLOWED: { file: string; pattern: string; reason: string }[] = [
  {
    file: 'src/main/engine/text/mask.ts',
    pattern: '(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])',
    reason:
      'the run of `_` is followed only by a look-ahead that holds once the run gives back one `_` (the next character is then `_`), so every start matches at once',
  },
  {
    file: 'src/main/services/office/blocks.ts',
    pattern: '^([A-Za-z][\\w-]*(?:[ _][\\w-]+)?)\\s*:\\s*(.*)$',
    reason:
      'owned by the Office conversion (issue 21, another part): one call per converted paragraph, which that part caps in length; to be made `(?: [\\w-]+)?` as in talk/directives.ts',
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|mts|cts)$/.test(name) ? [path] : [];
  });
}

describe('the shape detector', () => {
  test.each([
    ['<!--([\\s\\S]*?)-->', 'lazy'],
    ['<!--\\s*headingDivider\\s*:\\s*([^>]*?)\\s*-->', 'lazy'],
    ['^\\s*([A-Za-z][\\w-]*(?:[ _][\\w-]+)?)\\s*:([\\s\\S]*)$', 'two runs'],
    ['\\w*_?\\w+x', 'two runs'],
    ['(a+)+b', 'nested'],
    ['(\\w+\\s?)+$', 'nested'],
    ['(\\d*)*x', 'nested'],
    ['(a|a)*b', 'alternatives'],
    ['(?:x|xy)+z', 'alternatives'],
    ['\\s+$', 'run at the start'],
    ['[ \\t]+\\n', 'run at the start'],
  ])('flags %s', (pattern, shape) => {
    expect(dangerousShapes(pattern).join('; ')).toContain(shape);
  });

  test.each([
    "[\\p{L}\\p{N}]+(?:['’\\-.][\\p{L}\\p{N}]+)*",
    '^\\s*([A-Za-z][\\w-]*(?: [\\w-]+)?)\\s*:',
    '^[ \\t]*\\|?[ \\t]*:?-{2,}:?[ \\t]*(\\|[ \\t]*:?-{2,}:?[ \\t]*)*\\|?[ \\t]*$',
    '\\[([^[\\]\\n]*)\\](\\([^()\\n]*\\)|\\[[^[\\]\\n]*\\])',
    '(?:ab|cd)+',
    '^-|-$',
    '<!--',
    '\\s+',
    '[.!?…](?=\\s|$)',
  ])('passes %s', (pattern) => {
    expect(dangerousShapes(pattern)).toEqual([]);
  });

  test('finds regex literals, not strings, comments or division', () => {
    const code = [
      'const a = \'/not/\' + "/a/regex/"; // /nor/ this',
      '/* or /this/ */ const b = x / y / z;',
      "const c = text.replace(/[/\\]]+/g, '');",
      'return /^x$/u.test(s) ? `/${b}/` : null;',
    ].join('\n');
    expect(regexLiterals(code)).toEqual([
      { pattern: '[/\\]]+', flags: 'g', line: 3 },
      { pattern: '^x$', flags: 'u', line: 4 },
    ]);
  });
});

describe('regular expressions over user text', () => {
  const found = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((path) =>
    regexLiterals(readFileSync(path, 'utf8')).map((literal) => ({ file: relative(ROOT, path), ...literal })),
  );

  test('the scan reads the literals (it cannot pass on an empty list)', () => {
    expect(found.length).toBeGreaterThan(100);
    expect(found.some((literal) => literal.file === 'src/main/engine/text/mask.ts' && literal.pattern === '`+')).toBe(true);
  });

  test('none has a shape that backtracks or rescans, save the allowed ones', () => {
    const flagged = found
      .map((literal) => ({ ...literal, shapes: dangerousShapes(literal.pattern) }))
      .filter((literal) => literal.shapes.length > 0)
      .filter((literal) => !ALLOWED.some((allowed) => allowed.file === literal.file && allowed.pattern === literal.pattern))
      .map((literal) => `${literal.file}:${literal.line} /${literal.pattern}/${literal.flags}: ${literal.shapes.join('; ')}`);
    expect(flagged).toEqual([]);
  });

  test('every allowed entry still exists and is still flagged', () => {
    for (const allowed of ALLOWED) {
      const literal = found.find((candidate) => candidate.file === allowed.file && candidate.pattern === allowed.pattern);
      expect(literal, allowed.file).toBeDefined();
      expect(dangerousShapes(allowed.pattern).length, allowed.pattern).toBeGreaterThan(0);
    }
  });
});
