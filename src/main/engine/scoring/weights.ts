import type { Audience } from '../../../shared/talk';
import fitted from './weights.json';
import { BLIND_SPOT_TERMS, PRINCIPLE_TERMS, termKey, type TermSpec } from './terms';

/** One input of a score as evaluated: a term and its weight (points at full effect). */
export interface Term extends TermSpec {
  weight: number;
}

/** A score: a base and its terms, clamped to 0-100. */
export interface Formula {
  base: number;
  terms: Term[];
}

/** A score's fitted numbers as stored in weights.json. */
export interface FittedScore {
  base: number;
  weights: Record<string, number>;
}

/** The numbers of weights.json: how they were obtained, and per score its base and term weights. */
export interface WeightsFile {
  note: string;
  principles: Record<string, FittedScore>;
  blindSpots: Record<string, FittedScore>;
}

/** Joins term definitions with their weights; a term without a weight counts its provisional points, or nothing. */
export function buildFormulas(specs: Record<string, TermSpec[]>, weights: Record<string, FittedScore>): Record<string, Formula> {
  return Object.fromEntries(
    Object.entries(specs).map(([score, terms]) => [
      score,
      {
        base: weights[score]?.base ?? 0,
        terms: terms
          .map((term) => ({ ...term, weight: weights[score]?.weights[termKey(term)] ?? term.sign * (term.provisional ?? 0) }))
          .filter((term) => term.weight !== 0),
      },
    ]),
  );
}

const WEIGHTS = fitted as WeightsFile;

/** The six SUCCESs principles (DOMAIN.md section 1), with the weights fitted by scripts/fit-weights.mjs. */
export const PRINCIPLE_FORMULAS: Record<string, Formula> = buildFormulas(PRINCIPLE_TERMS, WEIGHTS.principles);

/** The six blind spots (DOMAIN.md section 2), with the weights fitted by scripts/fit-weights.mjs. */
export const BLIND_SPOT_FORMULAS: Record<string, Formula> = buildFormulas(BLIND_SPOT_TERMS, WEIGHTS.blindSpots);

// A risk of 60 means most of a blind spot's signs are there: weights.json maps each risk so that
// the calibration sections spread from 10 (5th percentile) to 90 (95th), so 60 flags roughly the
// riskiest third of real talks' sections.
const DEFAULT_THRESHOLD = 60;

/** The risk above which a blind spot is flagged, per audience lens. */
export const FLAG_THRESHOLDS: Record<Audience, Record<string, number>> = {
  keynote: {
    tooComplete: DEFAULT_THRESHOLD,
    tooBoring: DEFAULT_THRESHOLD,
    tooConceptual: DEFAULT_THRESHOLD,
    tooCorporate: DEFAULT_THRESHOLD,
    tooUnpersonal: DEFAULT_THRESHOLD,
    tooFunctional: DEFAULT_THRESHOLD,
  },
  // A board forgives fewer stories and more method, but not overload or a corporate veil without data:
  // it flags being unpersonal, functional or boring only near the top of real talks' range (90 is
  // their 95th percentile on the fitted scale).
  board: { tooComplete: 50, tooBoring: 75, tooConceptual: DEFAULT_THRESHOLD, tooCorporate: 50, tooUnpersonal: 85, tooFunctional: 85 },
  // A workshop lives on engagement: boredom and distance are flagged sooner.
  workshop: {
    tooComplete: DEFAULT_THRESHOLD,
    tooBoring: 50,
    tooConceptual: DEFAULT_THRESHOLD,
    tooCorporate: DEFAULT_THRESHOLD,
    tooUnpersonal: 50,
    tooFunctional: DEFAULT_THRESHOLD,
  },
};
