import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ScoreJson } from '../../src/shared/score';

const root = resolve(__dirname, '../..');
const EN = 'resources/samples/lead-your-leaders.md';
const NL = 'resources/samples/de-klant-aan-tafel.nl.md';

function sticky(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [resolve(root, 'bin/sticky.cjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sticky score', () => {
  test('--json extends the outline contract with scores, flags, findings and the CX Story', () => {
    const { code, stdout, stderr } = sticky('score', EN, NL, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [en, nl] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ScoreJson);
    expect(Object.keys(en!)).toEqual(expect.arrayContaining(['file', 'title', 'lang', 'wpm', 'sections', 'variants', 'findings', 'talk']));
    const story = en!.sections.find((section) => section.id === 'the-valentine-s-email')!;
    expect(Object.keys(story.scores)).toEqual(['simple', 'unexpected', 'concrete', 'credible', 'emotional', 'stories']);
    expect(Object.keys(story.blindSpots)).toEqual([
      'tooComplete',
      'tooBoring',
      'tooConceptual',
      'tooCorporate',
      'tooUnpersonal',
      'tooFunctional',
    ]);
    expect(story.blindSpots.tooComplete).toEqual({
      risk: expect.any(Number),
      flagged: false,
      tooShort: false,
      fix: expect.stringContaining('simplicity'),
      name: 'Too complete',
      examples: [],
    });
    // Issue 26: a section under 60 spoken words (the 29-word video intro) is too short to judge:
    // its risks are computed but marked, and never flagged, so no screen shades them as risks.
    const short = en!.sections.filter((section) => section.words < 60);
    expect(short.map((section) => section.id)).toContain('video-one-night-in-the-call-centre');
    for (const section of short)
      for (const spot of Object.values(section.blindSpots)) expect(spot).toMatchObject({ tooShort: true, flagged: false });
    expect(en!.sections.filter((section) => section.words >= 60).every((s) => !s.blindSpots.tooBoring.tooShort)).toBe(true);
    expect(story.findings[0]).toEqual(
      expect.objectContaining({
        ruleId: expect.any(String),
        target: expect.any(String),
        line: expect.any(Number),
        column: expect.any(Number),
      }),
    );
    expect(Object.keys(en!.talk)).toEqual(expect.arrayContaining(['scores', 'elements', 'mistakes', 'mantra', 'verdict']));
    expect(en!.talk.mantra).toMatchObject({ text: 'Judge or join, never stand aside.', source: 'front-matter', missingIn: [] });
    expect(en!.variants['10'].elements.callToAction).toMatchObject({ present: true, sectionId: 'what-i-ask-of-you' });
    expect(nl!.talk.verdict).toMatch(/werk aan/);
    expect(nl!.sections[1]!.blindSpots.tooComplete.fix).toMatch(/eenvoud/);
  });

  test('text reads like a coach in the talk language', () => {
    const en = sticky('score', EN);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('CX Story');
    expect(en.stdout).toMatch(/Where we are now · Too corporate \(\d+\/100\)/);
    expect(en.stdout).toContain('Fix: Humanise it');
    const nl = sticky('score', NL);
    expect(nl.stdout).toContain('CX-verhaal');
    expect(nl.stdout).toContain('Oplossing:');
    expect(nl.stdout).not.toContain('\u001b[');
  });

  test('--format md prints Markdown tables; --variant keeps that version only', () => {
    const { stdout } = sticky('score', EN, '--format', 'md', '--variant', '10');
    expect(stdout).toMatch(/^# Lead your leaders/);
    expect(stdout).toContain('| section | Sim | Une | Con | Cre | Emo | Sto | blind spots |');
    expect(stdout).not.toContain('Deep dive');
    const json = JSON.parse(sticky('score', EN, '--json', '--variant', '10').stdout) as ScoreJson;
    expect(json.variant).toBe(10);
    expect(json.sections.map((section) => section.id)).toEqual(json.variants['10'].sections);
  });

  test('--fail-under exits 3 below the threshold and 0 above it', () => {
    expect(sticky('score', EN, '--fail-under', '99').code).toBe(3);
    expect(sticky('score', EN, '--fail-under', '10').code).toBe(0);
    expect(sticky('score', EN, '--fail-under', 'high').code).toBe(2);
  });

  test('plain text files are talks without headings; several files in one process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sticky-score-'));
    const files = Array.from({ length: 30 }, (_unused, index) => {
      const path = join(dir, `draft-${index}.txt`);
      writeFileSync(path, `Our customer-centricity framework leverages touchpoints. Draft ${index}.\n`);
      return path;
    });
    const { code, stdout } = sticky('score', '--json', ...files);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(30);
    expect((JSON.parse(lines[0]!) as ScoreJson).sections).toHaveLength(1);
  });

  test('bad usage exits 2', () => {
    expect(sticky('score', EN, '--format', 'pdf').code).toBe(2);
    expect(sticky('score', EN, '--variant', '45').code).toBe(2);
    expect(sticky('outline', EN, '--variant', '10').code).toBe(2);
  });
});

test('a corporate update: the ten-minute rule, the missing elements and the mistakes, with hints', () => {
  const { code, stdout } = sticky('score', 'tests/fixtures/talks/corporate-update.md');
  expect(code).toBe(0);
  expect(stdout).toContain(
    'The 10-minute version is the foundation and must hold all four elements; it lacks: personal story, sense of urgency, CX strategy, call to action.',
  );
  expect(stdout).toContain('Add a personal story');
  expect(stdout).toContain('An open door');
  expect(stdout).toContain('Lacking you as a leader');
  expect(stdout).toMatch(/Score \d+\/100 · Not sticky yet/);
});
