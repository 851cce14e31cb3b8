import type { BlindSpotId, MantraResult, PrincipleId, ScoreAdjustment, StoryResult } from './analysis';
import type { OutlineFinding, OutlineJson, OutlineSection, OutlineVariant } from './outline';
import type { Variant } from './talk';

/** A finding in the `sticky score --json` contract: the outline's keys plus what it moves and its words. */
export interface ScoreFinding extends OutlineFinding {
  /** The signal it counts for, which is also its rule's id (shared/signals.ts). */
  signal: string | null;
  /** What it moves and which way, as text: `concrete+`, `tooCorporate+`, `callToAction`. */
  target: string | null;
  /** Where its rule is documented: `docs/rules.md#<rule id>`; null for structure findings. */
  source: string | null;
  actual: string | null;
  expected: string[] | null;
  /** Its stable key (shared/notes.ts findingKey), which a dismissal in the sidecar names; null for structure findings. */
  key: string | null;
}

/** A dismissed finding in the `sticky score --json` contract: the finding, and who set it aside and why. */
export interface ScoreDismissed extends ScoreFinding {
  reason: string;
  author: string;
  at: string;
}

/** A blind spot in the `sticky score --json` contract. */
export interface ScoreBlindSpot {
  risk: number;
  flagged: boolean;
  /** Fewer spoken words than a blind spot needs to be judged (MIN_WORDS_TO_JUDGE): never flagged. */
  tooShort: boolean;
  fix: string;
  name: string;
  examples: string[];
}

/** A section in the `sticky score --json` contract: the outline's keys plus its scores. */
export interface ScoreSection extends OutlineSection {
  scores: Record<PrincipleId, number>;
  blindSpots: Record<BlindSpotId, ScoreBlindSpot>;
  findings: ScoreFinding[];
  /** Present when dismissals changed this section's numbers. */
  adjusted?: ScoreAdjustment;
  /** Present when findings here were dismissed. */
  dismissed?: ScoreDismissed[];
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
