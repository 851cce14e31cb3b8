import type { AnalysisView, SectionAnalysis, SectionEvidence, SectionSummary, TalkAnalysis } from '../../shared/analysis';

/** A section's results without its evidence. */
export function sectionSummary(section: SectionAnalysis): SectionSummary {
  const { id, scores, explain, blindSpots, metrics, findings, adjusted, dismissed } = section;
  // How dismissals changed the scores, and what was dismissed, travel with the scores they changed.
  return {
    id,
    scores,
    explain,
    blindSpots,
    metrics,
    findingCount: findings.length,
    ...(adjusted ? { adjusted } : {}),
    ...(dismissed ? { dismissed } : {}),
  };
}

/** The analysis as the window gets it with an update. */
export function analysisView(analysis: TalkAnalysis): AnalysisView {
  return { sections: analysis.sections.map(sectionSummary), talk: analysis.talk, variants: analysis.variants };
}

/** One section's evidence, or null when the analysis has no such section. */
export function sectionEvidence(analysis: TalkAnalysis, id: string): SectionEvidence | null {
  const section = analysis.sections.find((candidate) => candidate.id === id);
  return section ? { id, findings: section.findings, spoken: section.spoken } : null;
}

/**
 * The sections of `next` whose results differ from `previous` (all of them with no previous):
 * what a re-score sends the window, which keeps the others it has.
 */
export function changedSections(previous: AnalysisView | null, next: AnalysisView): SectionSummary[] {
  if (!previous) return next.sections;
  const before = new Map(previous.sections.map((section) => [section.id, JSON.stringify(section)]));
  return next.sections.filter((section) => before.get(section.id) !== JSON.stringify(section));
}
