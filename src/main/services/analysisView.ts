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

// A 60-minute talk has about 5,600 findings over 17 sections, some 330 a section; 5,000 is a
// section of about 15,000 words, more highlights than a screen can show. A pasted book's one
// section would otherwise send hundreds of thousands (tens of MB) to the window at once.
/** The most findings one section's evidence carries to the window. */
export const MAX_EVIDENCE_FINDINGS = 5000;

/** One section's evidence (its information findings capped), or null when the analysis has no such section. */
export function sectionEvidence(analysis: TalkAnalysis, id: string): SectionEvidence | null {
  const section = analysis.sections.find((candidate) => candidate.id === id);
  if (!section) return null;
  const { findings, spoken, shown } = section;
  // Warnings always cross (the analysis budget's among them); the cap is on the evidence words.
  let evidence = 0;
  const kept = findings.filter((finding) => finding.severity !== 'info' || ++evidence <= MAX_EVIDENCE_FINDINGS);
  return {
    id,
    findings: kept,
    total: findings.length,
    spoken,
    ...(shown !== undefined ? { shown } : {}),
  };
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
