import { PRINCIPLES, type PrincipleId, type AnalysisView } from '../../../shared/analysis';
import { VARIANTS, type Variant } from '../../../shared/talk';

/** Score changes between two analyses: per version (talk level) and per section. */
export interface ScoreChanges {
  variants: Record<Variant, Partial<Record<PrincipleId | 'score', number>>>;
  sections: Record<string, Partial<Record<PrincipleId, number>>>;
}

// A change under 3 points is noise from a reworded sentence, not something to point out.
const NOTICEABLE = 3;

function diff(before: Record<string, number>, after: Record<string, number>, keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of keys) {
    const delta = (after[key] ?? 0) - (before[key] ?? 0);
    if (Math.abs(delta) >= NOTICEABLE) out[key] = delta;
  }
  return out;
}

/** What changed from the previous save's analysis to this one. */
export function scoreChanges(before: AnalysisView, after: AnalysisView): ScoreChanges {
  const variants = {} as ScoreChanges['variants'];
  for (const variant of VARIANTS) {
    const was = before.variants[variant];
    const now = after.variants[variant];
    variants[variant] = diff({ ...was.scores, score: was.score }, { ...now.scores, score: now.score }, [...PRINCIPLES, 'score']);
  }
  const previous = new Map(before.sections.map((section) => [section.id, section]));
  const sections: ScoreChanges['sections'] = {};
  for (const section of after.sections) {
    const was = previous.get(section.id);
    if (was) sections[section.id] = diff(was.scores, section.scores, PRINCIPLES);
  }
  return { variants, sections };
}

/** "+12" or "−5". */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : `−${Math.abs(value)}`;
}
