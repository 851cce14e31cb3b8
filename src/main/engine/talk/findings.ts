import type { Finding, Severity } from '../../../shared/talk';
import type { SourceText } from './source';

/** Extra fields a finding may carry. */
export type FindingExtras = Pick<Finding, 'actual' | 'expected' | 'note' | 'sectionId'>;

/** Builds a finding whose range is given as offsets in the normalised text. */
export function findingAt(
  source: SourceText,
  ruleId: string,
  severity: Severity,
  message: string,
  startNormalized: number,
  endNormalized: number,
  extras: FindingExtras = {},
): Finding {
  return {
    ruleId,
    message,
    severity,
    start: source.positionOfNormalized(startNormalized),
    end: source.positionOfNormalizedEnd(Math.max(startNormalized, endNormalized)),
    ...extras,
  };
}

/** Prints a finding on one line, `3:5-3:14 warning message rule-id`, as linters do. */
export function formatFinding(finding: Finding): string {
  const { start, end } = finding;
  return `${start.line}:${start.column}-${end.line}:${end.column} ${finding.severity} ${finding.message} ${finding.ruleId}`;
}
