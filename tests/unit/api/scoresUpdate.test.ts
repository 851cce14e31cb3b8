import { describe, expect, test } from 'vitest';
import { analysisView, MAX_EVIDENCE_FINDINGS, sectionEvidence } from '../../../src/main/services/analysisView';
import { analyseTalk } from '../../../src/main/engine/analyse';
import type { TalkScored } from '../../../src/shared/api';
import { applyScores } from '../../../src/shared/scoresUpdate';

const view = analysisView(analyseTalk('## One\n\nIt was 2019. I met Anna.\n\n## Two\n\nWe leverage synergies.\n').analysis);
const update = (sections: TalkScored['sections'], complete: boolean): TalkScored => ({
  kind: 'analysed',
  key: 'talk.md',
  loadedAt: 1,
  complete,
  sections,
  sectionIds: ['one', 'two'],
  talk: view.talk,
  variants: view.variants,
  history: [],
  recent: [],
  error: null,
});

describe('applyScores', () => {
  test('a complete update is the analysis', () => {
    expect(applyScores(null, update(view.sections, true))).toEqual(view);
  });

  test('a partial update keeps the sections it leaves out', () => {
    const changed = { ...view.sections[1]!, scores: { ...view.sections[1]!.scores, simple: 1 } };
    const applied = applyScores(view, update([changed], false))!;
    expect(applied.sections[0]).toBe(view.sections[0]);
    expect(applied.sections[1]!.scores.simple).toBe(1);
  });

  test('a partial update without the sections it keeps asks for the whole state', () => {
    expect(applyScores(null, update([view.sections[1]!], false))).toBeNull();
  });
});

describe('sectionEvidence', () => {
  test("carries a section's findings and spoken text, capped, with the total", () => {
    const long = `## Long\n\n${'It was 2019 and I saw Anna cry. '.repeat(1200)}\n`;
    const analysis = analyseTalk(long).analysis;
    const evidence = sectionEvidence(analysis, 'long')!;
    expect(evidence.total).toBe(analysis.sections[0]!.findings.length);
    expect(evidence.total).toBeGreaterThan(MAX_EVIDENCE_FINDINGS);
    const warnings = analysis.sections[0]!.findings.filter((finding) => finding.severity !== 'info');
    expect(evidence.findings).toHaveLength(MAX_EVIDENCE_FINDINGS + warnings.length);
    expect(evidence.findings.filter((finding) => finding.severity !== 'info')).toEqual(warnings);
    expect(evidence.spoken).toBe(analysis.sections[0]!.spoken);
    expect(sectionEvidence(analysis, 'nowhere')).toBeNull();
  });
});
