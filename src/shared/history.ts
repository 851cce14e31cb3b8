import type { PrincipleId } from './analysis';
import type { Variant } from './talk';

/** The talk's scores after one save, kept to show a trend. */
export interface ScoreSnapshot {
  at: number;
  /** Talk score and principle scores per version. */
  variants: Record<Variant, { score: number; scores: Record<PrincipleId, number> }>;
}
