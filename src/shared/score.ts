import type { BlindSpotId, MantraResult, PrincipleId, StoryResult } from './analysis';
import type { OutlineFinding, OutlineJson, OutlineSection, OutlineVariant } from './outline';
import type { Variant } from './talk';

/** A finding in the `sticky score --json` contract: the outline's keys plus what it moves and its words. */
export interface ScoreFinding extends OutlineFinding {
  /** The signal it counts for, which is also its rule's id (shared/signals.ts). */
  signal: string | null;
  target: string | null;
  actual: string | null;
  expected: string[] | null;
}

/** A blind spot in the `sticky score --json` contract. */
export interface ScoreBlindSpot {
  risk: number;
  flagged: boolean;
  fix: string;
  name: string;
  examples: string[];
}

/** A section in the `sticky score --json` contract: the outline's keys plus its scores. */
export interface ScoreSection extends OutlineSection {
  scores: Record<PrincipleId, number>;
  blindSpots: Record<BlindSpotId, ScoreBlindSpot>;
  findings: ScoreFinding[];
}

/** The CX Story check as printed, per talk and per variant: the engine's result as it is. */
export type ScoreStory = StoryResult;

/** The stable JSON object `sticky score --json` prints per file: the outline, extended. */
export interface ScoreJson extends Omit<OutlineJson, 'sections' | 'variants'> {
  sections: ScoreSection[];
  variants: Record<`${Variant}`, OutlineVariant & ScoreStory>;
  talk: ScoreStory & { mantra: MantraResult };
  /** Set when --variant restricted the sections. */
  variant: Variant | null;
}
