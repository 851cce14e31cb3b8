// Text cases for `npm run stress` (scripts/stress.mjs): talks a careless user or an attacker could
// open, generated here at run time. Pasted one-line documents up to 1 MB, deep nesting, many
// headings, unclosed markup, crafted front matter, encodings, files that are not regular files,
// and long runs of every delimiter at the sizes issue 21 measured (each was a hang: 120k unclosed
// `<!--` took 28 s, 400k Marp notes 63 s, 250 KB of `x\n--` lines over 30 s).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const KB = 1024;
const MB = 1024 * KB;
const prose = readdirSync(join(root, 'eval/corpora/twain'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(root, 'eval/corpora/twain', name), 'utf8'))
  .join(' ')
  .replace(/\s+/g, ' ');
const oneLine = (bytes) => prose.repeat(Math.ceil(bytes / prose.length)).slice(0, bytes);
const nested = (depth, line) => Array.from({ length: depth }, (_, i) => line(i)).join('\n');
const repeatTo = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length));
const marp = (body) => `---\nmarp: true\n---\n\n# A deck\n\n${body}`;

const LEGACY = [
  ['one-line prose, 50 KB', oneLine(50 * KB)],
  ['one-line prose, 200 KB', oneLine(200 * KB)],
  ['one-line prose, 1 MB', oneLine(1024 * KB)],
  ['1 MB line of short sentences', 'Yes. No. Maybe so. '.repeat(55000)],
  ['a 200,000-letter word, then text', `${'a'.repeat(200000)} and then the customer called. ${oneLine(10 * KB)}`],
  ['nested list, depth 1,000', nested(1000, (i) => `${'  '.repeat(i)}- item ${i} with some words`)],
  ['nested list, depth 2,000 (tabs)', nested(2000, (i) => `${'\t'.repeat(i)}- item`)],
  ['list markers 5,000 deep on one line', `${'- '.repeat(5000)}deep`],
  ['quote markers 5,000 deep on one line', `${'> '.repeat(5000)}deep`],
  ['quotes nested 1,000 deep, line by line', nested(1000, (i) => `${'>'.repeat(i + 1)} quoted`)],
  ['nested quotes, 5 MB', `${'>'.repeat(5 * 1024 * KB - 10)} deep\n`],
  ['20,000 unclosed <!--', '<!-- x '.repeat(20000)],
  ['100,000 [', '['.repeat(100000)],
  ['50,000 <a', '<a '.repeat(50000)],
  ['100,000 backticks', '`'.repeat(100000)],
  ['20,000 repeated short sentences', 'We care. '.repeat(20000)],
  ['40,000 emphasis runs **a*', '**a* '.repeat(40000)],
  ['40,000 underscores a_b_', 'a_b_'.repeat(40000)],
  ['20,000 * around one letter', `## A\n\n${'*'.repeat(20000)}x${'*'.repeat(20000)}\n`],
  ['1 MB of short quotes', '"he said" '.repeat(100000)],
  ['front matter of 40,000 keys', `---\n${Array.from({ length: 40000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n---\n## A\n\nText.\n`],
  ['20,000 headings', nested(20000, (i) => `## Heading ${i}\n\nA line of text.`)],
  ['200,000 headings', nested(200000, (i) => `## H${i}`)],
  ['front matter: wpm object', '---\nwpm: {toString: 1}\n---\n## A\n\nText.\n'],
  [
    'front matter: every key of every type',
    `---\n${['title', 'lang', 'wpm', 'audience', 'mantra', 'ignore', 'variants', 'minutes'].map((k, i) => `${k}: ${['[1, 2]', '{a: b}', 'null', '-5', '1e309', 'true', '"x"', '[[[]]]'][i]}`).join('\n')}\n---\n## A\n\nText.\n`,
  ],
  [
    'front matter: billion laughs',
    `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntitle: *f\n---\n## A\n\nText.\n`,
  ],
  ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('## Hallo\n\nDe klant belt.\n', 'utf16le')])],
  ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('## Hello\n\nThe customer calls.\n', 'utf16le').swap16()])],
  ['Windows-1252 text', Buffer.from([0x23, 0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a, 0x0a, 0x4e, 0x61, 0xef, 0x76, 0x65, 0x2e, 0x0a])],
  ['binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))],
  ['a folder', (dir) => (mkdirSync(join(dir, 'folder.md')), join(dir, 'folder.md'))],
  [
    'a symlink loop',
    (dir) => (
      symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md')),
      symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md')),
      join(dir, 'loop-a.md')
    ),
  ],
  ['a FIFO', (dir) => (spawnSync('mkfifo', [join(dir, 'fifo.md')]), join(dir, 'fifo.md'))],
  ['a device', () => '/dev/zero'],
  ['terminal escapes in the title', '---\ntitle: "\\e]0;pwned\\a\\e[2J\\e[31mRed"\n---\n## \u001b[2JClear\n\nText.\n'],
];

// Long runs of every delimiter, and the shapes of issue 21 at the sizes it names.
const DELIMITERS = [
  ['120,000 unclosed <!--', '<!-- x '.repeat(120000)],
  ['400,000 unclosed <!--', '<!--'.repeat(400000)],
  ['1 MB directive <!-- a____ -->', `## A\n\n<!-- a${'_'.repeat(MB)} -->\n\nText.\n`],
  ['1 MB of <!-- a____ openings', repeatTo('<!-- a____', MB)],
  ['Marp: 1 MB of unclosed headingDivider', marp(repeatTo('<!-- headingDivider: 2 ', MB))],
  ['Marp: 400,000 notes on one slide', marp('<!-- n -->\n'.repeat(400000))],
  ['Marp: 100,000 notes and directives', marp('<!-- n -->\n<!-- _class: lead -->\n'.repeat(50000))],
  ['250 KB of x / -- lines', repeatTo('x\n--\n', 250 * KB)],
  ['250 KB of a|b / -- lines', repeatTo('a|b\n--\n', 250 * KB)],
  ['1 MB of y / a|b / :- lines', repeatTo('y\na|b\n:-\n', MB)],
  ['1 MB quote with lazy lines', repeatTo('> a\nb\n', MB)],
  ['1 MB list item of lines', `- a\n${repeatTo('  b\n', MB)}`],
  ['1 MB of unclosed fences in a list', `- a\n${repeatTo('  ```x\n', MB)}`],
  ['1 MB of ---', repeatTo('---', MB)],
  ['1 MB of ***', repeatTo('***', MB)],
  ['1 MB of _', repeatTo('_', MB)],
  ['1 MB of |', repeatTo('|', MB)],
  ['1 MB of <', repeatTo('<', MB)],
  ['1 MB of :::', repeatTo(':::', MB)],
  ['1 MB of # [[[[ lines', repeatTo('# [[[[\n', MB)],
  ['1 MB of trailing !', `## A\n\nWe care${'!'.repeat(MB)}x\n`],
  ['Slidev: 1 MB of slide front matter', `---\ntheme: seriph\n---\n\n${repeatTo('---\nlayout: x\n', MB)}`],
  ['reveal.js: 1 MB of vertical separators', `---\ndeck: reveal\n---\n\n${repeatTo('\n--\nNote: x\n', MB)}`],
  ['front matter: 1 MB of <!--', `---\ntitle: x\nnotes: ${repeatTo('<!--', MB)}\n---\n## A\n\nText.\n`],
];

/** A case from a file's content: written to `dir` as Markdown. */
const fromContent = (index, [name, content]) => ({
  name,
  size: content.length < KB ? `${content.length} B` : `${Math.round(content.length / KB)} KB`,
  make: (dir) => {
    const path = join(dir, `text-${index}.md`);
    writeFileSync(path, content);
    return path;
  },
});

/** Every text case: `{ name, make(dir) -> path of the talk file, size? }`, run with `outline` and `score --json`. */
export const TEXT_CASES = [...LEGACY, ...DELIMITERS].map((entry, index) =>
  typeof entry[1] === 'function' ? { name: entry[0], make: entry[1] } : fromContent(index, entry),
);
