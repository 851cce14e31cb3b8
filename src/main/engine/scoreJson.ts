import type { SectionAnalysis } from '../../shared/analysis';
import { BLIND_SPOTS } from '../../shared/analysis';
import type { ScoreBlindSpot, ScoreFinding, ScoreJson } from '../../shared/score';
import type { TalkFormat } from '../../shared/outline';
import type { Finding, Variant } from '../../shared/talk';
import { VARIANTS } from '../../shared/talk';
import type { AnalysedTalk } from './analyse';
import { outlineFindingJson, outlineJson } from './outline';

function findingJson(finding: Finding): ScoreFinding {
  return {
    ...outlineFindingJson(finding),
    signal: finding.signal ?? null,
    target: finding.target ?? null,
    actual: finding.actual ?? null,
    expected: finding.expected ?? null,
    key: finding.key ?? null,
  };
}

function blindSpotsJson(section: SectionAnalysis): Record<string, ScoreBlindSpot> {
  return Object.fromEntries(
    BLIND_SPOTS.map((spot) => {
      const { risk, flagged, tooShort, fix, name, examples } = section.blindSpots[spot];
      return [spot, { risk, flagged, tooShort, fix, name, examples }];
    }),
  );
}

/** The `sticky score --json` contract: the outline plus scores, flags, findings and the CX Story. */
export function scoreJson(
  file: string,
  analysed: AnalysedTalk,
  variant: Variant | null = null,
  format: TalkFormat = 'markdown',
): ScoreJson {
  const { talk, plans, analysis } = analysed;
  const outline = outlineJson(file, talk, plans, format);
  const byId = new Map(analysis.sections.map((section) => [section.id, section]));
  const keep = variant ? new Set(plans[variant].sections.map((timing) => timing.id)) : null;
  const sections = outline.sections
    .filter((section) => !keep || keep.has(section.id))
    .map((section) => {
      const analysed = byId.get(section.id)!;
      return {
        ...section,
        scores: analysed.scores,
        blindSpots: blindSpotsJson(analysed) as ScoreJson['sections'][number]['blindSpots'],
        findings: analysed.findings.map((finding) => findingJson(finding)),
        ...(analysed.adjusted ? { adjusted: analysed.adjusted } : {}),
        ...(analysed.dismissed
          ? {
              dismissed: analysed.dismissed.map(({ finding, reason, author, at }) => ({
                ...findingJson(finding),
                reason,
                author,
                at,
              })),
            }
          : {}),
      };
    });
  const variants = {} as ScoreJson['variants'];
  for (const option of VARIANTS) {
    const { scores, score, elements, mistakes, verdict, adjusted } = analysis.variants[option];
    variants[`${option}`] = {
      ...outline.variants[`${option}`],
      scores,
      score,
      elements,
      mistakes,
      verdict,
      ...(adjusted ? { adjusted } : {}),
    };
  }
  return { ...outline, sections, variants, talk: analysis.talk, variant };
}
