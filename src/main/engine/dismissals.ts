import type { BlindSpotId, DismissedFinding, ScoreAdjustment } from '../../shared/analysis';
import { findingKeys, type Dismissal } from '../../shared/notes';
import type { Match } from './rules/types';
import type { SectionScores } from './scoring/sectionScores';

/** A section's rule matches split by the coach's dismissals, each with its finding key. */
export interface DismissalSplit {
  counted: { match: Match; key: string }[];
  dismissed: { match: Match; key: string; dismissal: Dismissal }[];
}

/** Keys the matches of a section (their words as the file has them) and splits off the dismissed ones. */
export function splitDismissed(
  matches: readonly Match[],
  sectionId: string,
  wordsOf: (match: Match) => string,
  dismissals: ReadonlyMap<string, Dismissal>,
): DismissalSplit {
  const keys = findingKeys(matches.map((match) => ({ ruleId: match.ruleId, sectionId, actual: wordsOf(match) })));
  const split: DismissalSplit = { counted: [], dismissed: [] };
  matches.forEach((match, index) => {
    const key = keys[index]!;
    const dismissal = dismissals.get(key);
    if (dismissal) split.dismissed.push({ match, key, dismissal });
    else split.counted.push({ match, key });
  });
  return split;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * A section's metrics as if the removed matches had never been found: each affected signal's rate
 * per 100 words recomputed from the matches that remain (rules/index.ts combineChunks counts the
 * same way), so a dismissed finding adds nothing to its score.
 */
export function metricsWithout(metrics: Record<string, number>, all: readonly Match[], removed: readonly Match[]): Record<string, number> {
  const words = metrics['words'] ?? 0;
  const per100 = words > 0 ? 100 / words : 0;
  const count = (signal: string): number =>
    all.filter((match) => match.signal === signal).length - removed.filter((match) => match.signal === signal).length;
  const adjusted = { ...metrics };
  for (const signal of new Set(removed.map((match) => match.signal))) adjusted[signal] = round(count(signal) * per100);
  adjusted['personal'] = round((count('first-singular') + count('second-person')) * per100);
  return adjusted;
}

/** What the adjustment changed: who dismissed, how many, and the scores and risks before. */
export function adjustmentOf(before: SectionScores, dismissed: DismissalSplit['dismissed']): ScoreAdjustment {
  return {
    by: [...new Set(dismissed.map((item) => item.dismissal.author))],
    findings: dismissed.length,
    scoresBefore: { ...before.scores },
    risksBefore: Object.fromEntries(Object.entries(before.blindSpots).map(([spot, result]) => [spot, result.risk])) as Record<
      BlindSpotId,
      number
    >,
  };
}

/** The talk- or variant-level summary of the sections' adjustments, or nothing when none was adjusted. */
export function adjustedSummary(sections: readonly { adjusted?: ScoreAdjustment }[]): { adjusted?: { by: string[]; findings: number } } {
  const adjusted = sections.flatMap((section) => (section.adjusted ? [section.adjusted] : []));
  if (adjusted.length === 0) return {};
  return {
    adjusted: { by: [...new Set(adjusted.flatMap((item) => item.by))], findings: adjusted.reduce((sum, item) => sum + item.findings, 0) },
  };
}

/** The dismissals no section applied: their finding is gone (words edited, section renamed). */
export function staleDismissals(dismissals: readonly Dismissal[], sections: readonly { dismissed?: DismissedFinding[] }[]): Dismissal[] {
  const applied = new Set(sections.flatMap((section) => (section.dismissed ?? []).map((item) => item.finding.key)));
  return dismissals.filter((dismissal) => !applied.has(dismissal.key));
}
