#!/usr/bin/env node
// `npm run stress`: hostile and careless inputs for the `sticky` command (the same engine runs in
// the app's main process). Generates each case in a temporary folder, runs `sticky outline` and
// `sticky score --json` on it with a time limit, and prints the time and exit code of each.
// Fails (exit 1) when a run takes longer than the limit, exits with an internal error (4), or
// crashes. Cases: pasted one-line documents up to 1 MB, deep nesting, many headings, unclosed
// markup, crafted front matter, encodings, and files that are not regular files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// "Within a few seconds" (issue 9): a run that takes longer than this has failed.
const LIMIT_MS = Number(process.env.STICKY_STRESS_LIMIT_MS ?? 10000);
const KB = 1024;
const prose = readdirSync(join(root, 'eval/corpora/twain'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(root, 'eval/corpora/twain', name), 'utf8'))
  .join(' ')
  .replace(/\s+/g, ' ');
const oneLine = (bytes) => prose.repeat(Math.ceil(bytes / prose.length)).slice(0, bytes);
const nested = (depth, line) => Array.from({ length: depth }, (_, i) => line(i)).join('\n');

/** Every case: a name and the file's bytes (or a function that makes the file and returns its path). */
export const CASES = [
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

function run(args) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'bin/sticky.cjs'), ...args], {
    encoding: 'utf8',
    timeout: LIMIT_MS,
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - started;
  const code = result.status ?? (result.signal ? `killed (${result.signal})` : 'none');
  const internal = result.status === 4 || /\n\s+at /.test(result.stderr) || result.status === null;
  return { ms, code, ok: ms < LIMIT_MS && !internal && [0, 1, 2, 3].includes(result.status ?? -1), stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'sticky-stress-'));
let failed = 0;
console.log(`${'case'.padEnd(40)} ${'size'.padStart(9)}  outline        score --json`);
for (const [index, [name, content]] of CASES.entries()) {
  let path = join(dir, `case-${index}.md`);
  if (typeof content === 'function') path = content(dir);
  else writeFileSync(path, content);
  const size = typeof content === 'function' ? '' : `${Math.round(content.length / KB)} KB`;
  const outline = run(['outline', path]);
  const score = run(['score', '--json', path]);
  const cell = (r) => `${(r.ms / 1000).toFixed(1).padStart(5)} s exit ${String(r.code).padEnd(3)}`;
  const bad = !outline.ok || !score.ok;
  if (bad) failed++;
  console.log(`${name.padEnd(40)} ${size.padStart(9)}  ${cell(outline)}  ${cell(score)}${bad ? '  FAILED' : ''}`);
  if (bad) console.log(`    ${(score.ok ? outline : score).stderr.split('\n').slice(0, 3).join('\n    ')}`);
}
rmSync(dir, { recursive: true, force: true });
console.log(`\n${CASES.length - failed} passed, ${failed} failed (limit ${LIMIT_MS / 1000} s a run)`);
process.exit(failed > 0 ? 1 : 0);
