import {
  BLIND_SPOTS,
  PRINCIPLES,
  type BlindSpotId,
  type BlindSpotResult,
  type Contribution,
  type PrincipleId,
} from '../../../shared/analysis';
import { MIN_WORDS_TO_JUDGE } from '../../../shared/limits';
import type { Audience, Lang } from '../../../shared/talk';
import enCoach from '../lexicon/en/coach.json';
import nlCoach from '../lexicon/nl/coach.json';
import type { Match } from '../rules/types';
import { evaluate } from './formula';
import { derivedInputs } from './terms';
import { BLIND_SPOT_FORMULAS, FLAG_THRESHOLDS, PRINCIPLE_FORMULAS } from './weights';

/** The coach's words per language (names, fixes, hints, verdicts). */
export const COACH = { en: enCoach, nl: nlCoach } as const;

/** Principle scores and blind-spot risks of one section. */
export interface SectionScores {
  scores: Record<PrincipleId, number>;
  explain: Record<PrincipleId, Contribution[]>;
  blindSpots: Record<BlindSpotId, BlindSpotResult>;
}

/** How many of the section's own phrases a flag quotes as examples. */
const EXAMPLES_PER_FLAG = 3;

/** A blind spot's id as written in sticky-ignore comments: `too-complete`. */
export function kebab(id: string): string {
  return id.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

// A principle score of 60 or more is "clearly at work", the band the window shades strongest
// (renderer lib/bands.ts).
const ENGAGED_AT = 60;

/** Scores a section from its metrics; `silenced` blind spots are never flagged. */
export function scoreSection(
  metrics: Record<string, number>,
  matches: Match[],
  lang: Lang,
  audience: Audience,
  silenced: Set<string>,
  plainSentences: string[] = [],
): SectionScores {
  const inputs: Record<string, number> = { ...metrics };
  const scores = {} as Record<PrincipleId, number>;
  const explain = {} as Record<PrincipleId, Contribution[]>;
  for (const principle of PRINCIPLES) {
    const result = evaluate(PRINCIPLE_FORMULAS[principle]!, inputs);
    scores[principle] = result.value;
    explain[principle] = result.contributions;
    inputs[`score:${principle}`] = result.value;
  }
  Object.assign(inputs, derivedInputs(inputs));
  const coach = COACH[lang];
  const blindSpots = {} as Record<BlindSpotId, BlindSpotResult>;
  for (const spot of BLIND_SPOTS) {
    const result = evaluate(BLIND_SPOT_FORMULAS[spot]!, inputs);
    const threshold = FLAG_THRESHOLDS[audience][spot]!;
    const tooShort = (metrics['words'] ?? 0) < MIN_WORDS_TO_JUDGE;
    // The method's fix for boredom is surprise, feeling or an anecdote: a section where one of them
    // is clearly at work is not called boring, whatever the rest of its risk says.
    const engaged = spot === 'tooBoring' && (inputs['score:engaging'] ?? 0) >= ENGAGED_AT;
    const flagged = result.value >= threshold && !silenced.has(spot) && !tooShort && !engaged;
    // The words that push this risk up; for risks made of absences (boring, unpersonal), the
    // section's longest sentences that carry no signal at all.
    // Warnings (jargon, corporate speak) before info-level signals, longer phrases first.
    const ranked = matches
      .filter((match) => match.target.dimension === spot && match.target.direction === 'raise')
      .sort((a, b) => (a.severity === b.severity ? b.actual.length - a.actual.length : a.severity === 'warning' ? -1 : 1));
    const pushing = [...new Set(ranked.map((match) => match.actual.replace(/\s+/g, ' ').trim()))];
    const examples = flagged ? (pushing.length > 0 ? pushing : plainSentences).slice(0, EXAMPLES_PER_FLAG) : [];
    blindSpots[spot] = {
      risk: result.value,
      flagged,
      tooShort,
      threshold,
      name: coach.blindSpots[spot].name,
      fix: coach.blindSpots[spot].fix,
      examples,
      contributions: result.contributions,
    };
  }
  return { scores, explain, blindSpots };
}
