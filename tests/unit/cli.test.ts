import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { OutlineJson } from '../../src/shared/outline';

const root = resolve(__dirname, '../..');
const launcher = resolve(root, 'bin/sticky.cjs');

function sticky(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [launcher, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(resolve(root, 'out/main/cli.js'))) throw new Error('Build first: npm run build (npm test does this for you).');
});

describe('sticky outline', () => {
  test('a slide deck: its tool, one section per slide with its number, and its deck findings', () => {
    const { code, stdout } = sticky('outline', 'tests/fixtures/decks/reveal.md', '--json');
    expect(code).toBe(0);
    const outline = JSON.parse(stdout) as OutlineJson;
    expect(outline.deck).toBe('reveal');
    expect(outline.sections.map((section) => section.slide)).toEqual(['1', '2', '2.2', '2.3', '3']);
    expect(outline.findings).toEqual([expect.objectContaining({ ruleId: 'slide-no-notes', line: 36, sectionId: 'what-we-changed' })]);
    const score = sticky('score', 'tests/fixtures/decks/slidev.md');
    expect(score.code).toBe(0);
    expect(score.stdout).toContain('Call to action            ✓      ✓      ✓ Thank you');
  });

  test('a PowerPoint or OpenDocument deck: slides, notes-based words, findings located on the slide', () => {
    const { code, stdout } = sticky('outline', 'tests/fixtures/office/board-deck.pptx');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\n\s+1 {2}Why our customers leave\s+32\s+2\.0\*/);
    expect(stdout).toContain('slide 3, notes, paragraph 1:');
    const json = JSON.parse(sticky('outline', 'tests/fixtures/office/board-deck.odp', '--json').stdout) as OutlineJson;
    expect(json).toMatchObject({ format: 'odp', deck: 'odp' });
    expect(json.findings[0]).toMatchObject({ location: 'slide 3, notes, paragraph 1', where: { slide: '3', part: 'notes', paragraph: 1 } });
    const score = sticky('score', 'tests/fixtures/decks/marp.md');
    // A Markdown deck's finding says its slide and part, and the file's own line and column.
    expect(score.stdout).toMatch(/slide 3, text, line 6 \(38:1\): Slide 3 has no speaker notes/);
  });

  test('--json prints one stable object per file (NDJSON)', () => {
    const { code, stdout, stderr } = sticky(
      'outline',
      'resources/samples/lead-your-leaders.md',
      'resources/samples/de-klant-aan-tafel.nl.md',
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [en, nl] = lines.map((line) => JSON.parse(line) as OutlineJson);
    expect(Object.keys(en!)).toEqual([
      'file',
      'title',
      'lang',
      'wpm',
      'mantra',
      'audience',
      'words',
      'deck',
      'sections',
      'variants',
      'findings',
      'format',
    ]);
    expect(en!.format).toBe('markdown');
    expect(en).toMatchObject({ file: 'resources/samples/lead-your-leaders.md', title: 'Lead your leaders', lang: 'en', wpm: 120 });
    expect(en!.sections[1]).toEqual({
      id: 'the-valentine-s-email',
      title: "The Valentine's email",
      line: 20,
      words: 283,
      minutes: 2.36,
      fixedMinutes: null,
      variants: [10, 30, 60],
      slide: null,
      location: null,
      where: null,
      group: null,
    });
    expect(Object.keys(en!.variants)).toEqual(['10', '30', '60']);
    expect(en!.variants['10']).toMatchObject({
      target: 10,
      fits: true,
      sections: ['opening', 'the-valentine-s-email', 'where-we-are-now', 'three-moves-for-the-next-twelve-months', 'what-i-ask-of-you'],
    });
    expect(nl).toMatchObject({ lang: 'nl', wpm: 115, title: 'De klant aan tafel' });
    expect(nl!.variants['10']).toMatchObject({ fits: false, wordsToCut: 0 });
    expect(nl!.variants['10'].wordsToAdd).toBeGreaterThan(0);
  });

  test('text output is a readable table with the plan per variant', () => {
    const { code, stdout } = sticky('outline', 'resources/samples/lead-your-leaders.md');
    expect(code).toBe(0);
    expect(stdout).toContain('Lead your leaders');
    expect(stdout).toMatch(/\n\s+20 {2}The Valentine's email\s+283\s+2\.4 /);
    expect(stdout).toMatch(/10 min\s+5\s+9\.2\s+10\s+fits/);
    expect(stdout).not.toContain('\u001b['); // NO_COLOR is honoured
  });

  test('awkward files give an outline plus a finding, never a crash', () => {
    const { code, stdout } = sticky(
      'outline',
      '--json',
      'tests/fixtures/talks/no-headings.md',
      'tests/fixtures/talks/broken-front-matter.md',
      'tests/fixtures/talks/only-title.md',
      'tests/fixtures/talks/crlf.md',
      'tests/fixtures/talks/notes.txt',
    );
    expect(code).toBe(0);
    const outlines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as OutlineJson);
    expect(outlines.map((outline) => outline.findings.map((finding) => finding.ruleId))).toEqual([
      ['no-sections'],
      ['front-matter-invalid'],
      ['no-content'],
      [],
      ['no-sections'],
    ]);
    expect(outlines[3]!.sections.map((section) => section.line)).toEqual([6, 8, 13]);
  });

  test('exit 1 with a message naming the file when it cannot be read; other files still print', () => {
    const { code, stdout, stderr } = sticky('outline', 'missing.md', 'resources/samples/lead-your-leaders.md', '--json');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^sticky: missing\.md: "missing\.md" was not found/);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  test('exit 2 on bad usage', () => {
    expect(sticky().code).toBe(2);
    expect(sticky('outline').code).toBe(2);
    expect(sticky('frobnicate', 'x.md')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
    expect(sticky('outline', '--bogus', 'x.md')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --bogus.') });
  });

  test('--help and --version exit 0', () => {
    expect(sticky('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('sticky outline FILE... [--json]') });
    expect(sticky('--version')).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });
});

describe('the CLI says what went wrong in plain words', () => {
  test('an unknown option is named, without Node’s advice and its unbalanced quote', () => {
    const { code, stderr } = sticky('score', '--wat');
    expect(code).toBe(2);
    expect(stderr).toContain('sticky: unknown option --wat.');
    expect(stderr).not.toContain('To specify a positional');
    expect(stderr.split('').filter((c) => c === "'").length % 2).toBe(0);
  });

  test('a missing file given by its name is "not found", not "not found at" its own name', () => {
    const { code, stderr } = sticky('outline', 'nonexist.md');
    expect(code).toBe(1);
    expect(stderr).toContain('"nonexist.md" was not found.');
    expect(stderr).not.toContain('at nonexist.md');
  });

  test('an absolute path is printed as given, not as a relative one', () => {
    const absolute = resolve(root, 'resources/samples/lead-your-leaders.md');
    const { code, stdout } = sticky('outline', '--json', absolute);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { file: string }).file).toBe(absolute);
  });

  test('--fail-under names the talk that scored below it on stderr, also with --json', () => {
    const { code, stdout, stderr } = sticky('score', '--json', '--fail-under', '100', 'resources/samples/lead-your-leaders.md');
    expect(code).toBe(3);
    expect(() => JSON.parse(stdout) as unknown).not.toThrow();
    expect(stderr).toMatch(/^sticky: resources\/samples\/lead-your-leaders\.md: scored \d+\/100, below --fail-under 100\.$/m);
  });
});
