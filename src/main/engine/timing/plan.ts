import { MIN_WPM } from '../../../shared/limits';
import type { Section, SectionTiming, Talk, Variant, VariantPlan } from '../../../shared/talk';
import { VARIANTS } from '../../../shared/talk';

// The definition of "fits": within 10% of the target either way. A 10-minute slot
// absorbs a minute of laughter or a slow start; more than that and the host starts signalling.
export const FIT_TOLERANCE = 0.1;

/** Rounds minutes to hundredths so plans print and compare stably. */
export function roundMinutes(minutes: number): number {
  return Math.round(minutes * 100) / 100;
}

/**
 * Minutes rounded to tenths, as every text output prints them (outline, compare, reports): from
 * the plan's whole hundredths, halves away from zero, so a figure rounds the same whichever path it
 * took and whichever sign it has (4.85 → 4.9, −5.15 → −5.2).
 */
export function tenthsOfMinutes(minutes: number): number {
  const hundredths = Math.round(Math.abs(minutes) * 100);
  return (Math.sign(minutes) * Math.floor((hundredths + 5) / 10)) / 10 || 0;
}

/** How far a plan is from its target in the tenths printed: the printed estimate minus the target, so the two add up. */
export function tenthsOver(minutes: number, target: number): number {
  return tenthsOfMinutes(tenthsOfMinutes(minutes) - target);
}

/**
 * A timed section's budget: its share of the target, but never more time than its words take at
 * the slowest pace Sticky accepts (limits.ts). A talk far shorter than its slot would otherwise ask
 * a 21-word slide for six minutes (3 words a minute); the plan's "room for about N more words" says
 * what the talk as a whole needs. (A talk too long keeps its shrunken shares: they show where to cut.)
 */
function timedBudget(share: number, words: number): number {
  return words === 0 ? share : Math.min(share, words / MIN_WPM);
}

/** A section's own estimate: its declared minutes, else its words at the talk's rate. */
export function sectionMinutes(section: Section, wpm: number): number {
  return section.fixedMinutes ?? section.words / wpm;
}

/**
 * Plans one variant: its sections, their estimates and budgets (declared minutes first, the rest
 * of the target shared in proportion to words at a pace people speak), and whether the whole fits
 * the target.
 */
export function planVariant(talk: Talk, variant: Variant, target: number = variant, wpm: number = talk.wpm): VariantPlan {
  const sections = talk.sections.filter((section) => section.variants.includes(variant));
  const fixedTotal = sections.reduce((sum, section) => sum + (section.fixedMinutes ?? 0), 0);
  const timed = sections.filter((section) => section.fixedMinutes === null);
  const timedWords = timed.reduce((sum, section) => sum + section.words, 0);
  const shared = Math.max(0, target - fixedTotal);

  const timings: SectionTiming[] = sections.map((section) => {
    const fixed = section.fixedMinutes !== null;
    const share = timedWords > 0 ? section.words / timedWords : 1 / Math.max(1, timed.length);
    return {
      id: section.id,
      minutes: roundMinutes(sectionMinutes(section, wpm)),
      budget: roundMinutes(fixed ? section.fixedMinutes! : timedBudget(shared * share, section.words)),
      fixed,
    };
  });

  const minutes = sections.reduce((sum, section) => sum + sectionMinutes(section, wpm), 0);
  const delta = minutes - target;
  const fits = sections.length > 0 && Math.abs(delta) <= target * FIT_TOLERANCE;
  return {
    variant,
    target,
    minutes: roundMinutes(minutes),
    deltaMinutes: roundMinutes(delta),
    fits,
    wordsToCut: !fits && delta > 0 ? Math.ceil(delta * wpm) : 0,
    wordsToAdd: !fits && delta < 0 ? Math.ceil(-delta * wpm) : 0,
    sections: timings,
    words: sections.reduce((sum, section) => sum + section.words, 0),
  };
}

/** Plans all three variants of a talk. */
export function planTalk(talk: Talk, wpm: number = talk.wpm): Record<Variant, VariantPlan> {
  const plans = {} as Record<Variant, VariantPlan>;
  for (const variant of VARIANTS) plans[variant] = planVariant(talk, variant, variant, wpm);
  return plans;
}
