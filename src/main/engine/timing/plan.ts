import type { Section, SectionTiming, Talk, Variant, VariantPlan } from '../../../shared/talk';
import { VARIANTS } from '../../../shared/talk';

// The definition of "fits": within 10% of the target either way. A 10-minute slot
// absorbs a minute of laughter or a slow start; more than that and the host starts signalling.
export const FIT_TOLERANCE = 0.1;

/** Rounds minutes to hundredths so plans print and compare stably. */
export function roundMinutes(minutes: number): number {
  return Math.round(minutes * 100) / 100;
}

/** A section's own estimate: its declared minutes, else its words at the talk's rate. */
export function sectionMinutes(section: Section, wpm: number): number {
  return section.fixedMinutes ?? section.words / wpm;
}

/**
 * Plans one variant: its sections, their estimates and budgets (declared minutes first, the rest
 * of the target shared in proportion to words), and whether the whole fits the target.
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
      budget: roundMinutes(fixed ? section.fixedMinutes! : shared * share),
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
