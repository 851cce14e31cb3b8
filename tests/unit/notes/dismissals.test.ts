import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { scoreJson } from '../../../src/main/engine/scoreJson';
import type { Dismissal } from '../../../src/shared/notes';

const sample = readFileSync(join(__dirname, '../../../resources/samples/lead-your-leaders.md'), 'utf8');
const SECTION = 'where-we-are-now';

describe('dismissed findings', () => {
  const plain = analyseTalk(sample);
  const section = plain.analysis.sections.find((item) => item.id === SECTION)!;
  // The corporate-speak findings of one section: the coach decides they are the client's own words.
  const corporate = section.findings.filter((finding) => finding.target?.dimension === 'tooCorporate');
  const dismissals: Dismissal[] = corporate.map((finding) => ({
    key: finding.key!,
    ruleId: finding.ruleId,
    sectionId: SECTION,
    actual: finding.actual ?? '',
    reason: 'Quoted from the client’s own strategy deck',
    author: 'Ann Coach',
    at: '2026-12-03T10:00:00.000Z',
  }));
  const adjusted = analyseTalk(sample, { dismissed: dismissals });
  const after = adjusted.analysis.sections.find((item) => item.id === SECTION)!;

  it('gives every rule finding a stable key that survives re-analysis', () => {
    expect(corporate.length).toBeGreaterThan(1);
    expect(section.findings.every((finding) => typeof finding.key === 'string')).toBe(true);
    expect(new Set(section.findings.map((finding) => finding.key)).size).toBe(section.findings.length);
    expect(
      analyseTalk(sample)
        .analysis.sections.find((item) => item.id === SECTION)!
        .findings.map((finding) => finding.key),
    ).toEqual(section.findings.map((finding) => finding.key));
  });

  it('removes dismissed findings from the evidence and lists them with the reason', () => {
    expect(after.findings.some((finding) => finding.target?.dimension === 'tooCorporate')).toBe(false);
    expect(after.findings).toHaveLength(section.findings.length - corporate.length);
    expect(after.dismissed?.map((item) => item.finding.key)).toEqual(corporate.map((finding) => finding.key));
    expect(after.dismissed?.[0]).toMatchObject({ reason: 'Quoted from the client’s own strategy deck', author: 'Ann Coach' });
  });

  it('stops them counting: the risk drops, and the section, variants and talk say who adjusted it', () => {
    expect(after.blindSpots.tooCorporate.risk).toBeLessThan(section.blindSpots.tooCorporate.risk);
    expect(after.adjusted).toMatchObject({ by: ['Ann Coach'], findings: corporate.length });
    expect(after.adjusted?.risksBefore.tooCorporate).toBe(section.blindSpots.tooCorporate.risk);
    expect(after.adjusted?.scoresBefore).toEqual(section.scores);
    expect(adjusted.analysis.talk.adjusted).toEqual({ by: ['Ann Coach'], findings: corporate.length });
    expect(adjusted.analysis.variants[10].adjusted).toEqual({ by: ['Ann Coach'], findings: corporate.length });
    expect(plain.analysis.talk.adjusted).toBeUndefined();
    // Other sections are untouched.
    const other = (result: typeof plain) => result.analysis.sections.find((item) => item.id === 'the-valentine-s-email')!;
    expect(other(adjusted).scores).toEqual(other(plain).scores);
    expect(other(adjusted).adjusted).toBeUndefined();
  });

  it('is undone by removing the dismissal', () => {
    expect(analyseTalk(sample, { dismissed: [] }).analysis).toEqual(plain.analysis);
  });

  it('adds keys to `sticky score --json` only: the old keys stay as they were', () => {
    const before = scoreJson('talk.md', plain);
    const json = scoreJson('talk.md', adjusted);
    const jsonSection = json.sections.find((item) => item.id === SECTION)!;
    expect(jsonSection.dismissed?.[0]).toMatchObject({ key: corporate[0]!.key, reason: expect.any(String), author: 'Ann Coach' });
    expect(jsonSection.adjusted?.by).toEqual(['Ann Coach']);
    expect(Object.keys(before.sections[0]!)).not.toContain('adjusted');
    expect(before.sections[1]!.findings[0]!.key).toEqual(expect.stringContaining('|'));
  });
});

describe('sticky score with a sidecar beside the talk', () => {
  it('applies its dismissals and says who adjusted the scores', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { runCli } = await import('../../../src/main/cli');
    const { SidecarSession } = await import('../../../src/main/services/notes/sidecarSession');
    const { dismissFinding } = await import('../../../src/main/services/notes/noteEdits');
    const folder = mkdtempSync(join(tmpdir(), 'sticky-score-notes-'));
    const talk = join(folder, 'talk.md');
    writeFileSync(talk, sample);
    const finding = analyseTalk(sample)
      .analysis.sections.find((item) => item.id === SECTION)!
      .findings.find((item) => item.severity === 'warning')!;
    SidecarSession.open(talk).change((sidecar) =>
      dismissFinding(
        sidecar,
        { author: 'Ann Coach', now: '2026-12-03T10:00:00.000Z' },
        { key: finding.key!, ruleId: finding.ruleId, sectionId: SECTION, actual: finding.actual! },
        'Product name',
      ),
    );
    const out: string[] = [];
    const io = { out: (text: string) => out.push(text), err: () => undefined };
    expect(await runCli(['score', talk, '--json'], io, 'test', false)).toBe(0);
    expect(await runCli(['score', talk], io, 'test', false)).toBe(0);
    const json = JSON.parse(out[0]!) as { talk: { adjusted?: unknown }; sections: { id: string; dismissed?: { reason: string }[] }[] };
    expect(json.talk.adjusted).toEqual({ by: ['Ann Coach'], findings: 1 });
    expect(json.sections.find((item) => item.id === SECTION)!.dismissed?.[0]?.reason).toBe('Product name');
    expect(out[1]).toContain('Scores adjusted: 1 finding(s) dismissed by Ann Coach.');
  });
});
