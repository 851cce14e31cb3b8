import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { regexLiterals } from './regexLiterals';
import { dangerousShapes } from './regexShapes';

const ROOT = resolve(__dirname, '../../..');
// Everything the main process, the command and the window run: all of it may read a talk, a
// sidecar or a file a colleague sent (a Svelte component's scripts included).
const SCANNED = ['src/main', 'src/shared', 'src/preload', 'src/renderer/src'];

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
    file: 'src/renderer/src/lib/sectionText.ts',
    pattern: '^\\s*<!--.*-->\\s*$',
    reason:
      'one line at a time, anchored at its start; the two runs are split only where `-->` occurs, and the spaces after each are read once',
  },
  {
    file: 'src/renderer/src/lib/voice/syllables.ts',
    pattern: '(?:ij|[aeiouy])+|[ëïöüéè]',
    reason: 'the alternatives share an `i` but not a match (`ij` needs the `j` no vowel class holds), so each vowel group is read one way',
  },
];

/** A file's code: a Svelte component's scripts, or the whole of a TypeScript file. */
function codeOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.svelte')) return text;
  // Blank lines stand in for the markup, so line numbers stay the file's.
  return text
    .replace(/<script[^>]*>|<\/script>/g, '\u0000')
    .split('\u0000')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[^\n]/g, '')))
    .join('');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|mts|cts|svelte)$/.test(name) ? [path] : [];
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
    regexLiterals(codeOf(path)).map((literal) => ({ file: relative(ROOT, path), ...literal })),
  );

  test('the scan reads the literals (it cannot pass on an empty list)', () => {
    expect(found.length).toBeGreaterThan(100);
    expect(found.some((literal) => literal.file === 'src/main/engine/text/mask.ts' && literal.pattern === '`+')).toBe(true);
    const inComponent = found.find((literal) => literal.file === 'src/renderer/src/components/StorySummary.svelte');
    expect(inComponent?.pattern).toBe('^["“\'‘]');
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
