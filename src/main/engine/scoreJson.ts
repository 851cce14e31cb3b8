import type { SectionAnalysis } from '../../shared/analysis';
import { BLIND_SPOTS } from '../../shared/analysis';
import type { ScoreBlindSpot, ScoreFinding, ScoreJson } from '../../shared/score';
import type { OutlineJson, TalkFormat } from '../../shared/outline';
import type { Finding, Variant } from '../../shared/talk';
import { VARIANTS } from '../../shared/talk';
import { targetLabel } from '../../shared/target';
import type { AnalysedTalk } from './analyse';
import { outlineFindingJson, outlineJson } from './outline';

function findingJson(finding: Finding): ScoreFinding {
  return {
    ...outlineFindingJson(finding),
    signal: finding.signal ?? null,
    target: finding.target ? targetLabel(finding.target) : null,
    source: finding.source ?? null,
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

type ScoreSection = ScoreJson['sections'][number];
type OutlineSection = OutlineJson['sections'][number];

/** One section of `sticky score --json`: its outline with scores, risks, findings and dismissals. */
function sectionJson(section: OutlineSection, analysed: SectionAnalysis): ScoreSection {
  return {
    ...section,
    scores: analysed.scores,
    blindSpots: blindSpotsJson(analysed) as ScoreSection['blindSpots'],
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
}

/** `sticky score --json` without its sections, and the sections one at a time (a long talk's JSON is written as it is built). */
export interface ScoreJsonParts {
  /** Every field, with `sections` empty. */
  shell: ScoreJson;
  /** The sections in order, each built when asked for. */
  sections: () => Generator<ScoreSection>;
}

/** The parts of the `sticky score --json` contract (see scoreJson). */
export function scoreJsonParts(
  file: string,
  analysed: AnalysedTalk,
  variant: Variant | null = null,
  format: TalkFormat = 'markdown',
): ScoreJsonParts {
  const { talk, plans, analysis } = analysed;
  const outline = outlineJson(file, talk, plans, format);
  const byId = new Map(analysis.sections.map((section) => [section.id, section]));
  const keep = variant ? new Set(plans[variant].sections.map((timing) => timing.id)) : null;
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
  function* sections(): Generator<ScoreSection> {
    for (const section of outline.sections) if (!keep || keep.has(section.id)) yield sectionJson(section, byId.get(section.id)!);
  }
  return { shell: { ...outline, sections: [], variants, talk: analysis.talk, variant }, sections };
}

/** The `sticky score --json` contract: the outline plus scores, flags, findings and the CX Story. */
export function scoreJson(
  file: string,
  analysed: AnalysedTalk,
  variant: Variant | null = null,
  format: TalkFormat = 'markdown',
): ScoreJson {
  const { shell, sections } = scoreJsonParts(file, analysed, variant, format);
  return { ...shell, sections: [...sections()] };
}
