import type { VariantPlan } from '../../../shared/talk';
import { clock } from './format';

/** How a variant's estimate compares to its target, in words and a tone for colour. */
export interface PlanStatus {
  tone: 'ok' | 'over' | 'under' | 'empty';
  short: string;
  advice: string;
}

/** Describes a variant plan the way a speaking coach would. */
export function planStatus(plan: VariantPlan): PlanStatus {
  if (plan.sections.length === 0) {
    return {
      tone: 'empty',
      short: 'No sections',
      advice: `No section is marked for the ${plan.variant}-minute version yet. Add ${plan.variant} to a section's <!-- variants: … --> comment.`,
    };
  }
  const by = clock(Math.abs(plan.deltaMinutes));
  if (plan.fits)
    return { tone: 'ok', short: 'Fits', advice: `Within 10% of ${plan.target} minutes (${plan.deltaMinutes >= 0 ? '+' : '−'}${by}).` };
  if (plan.deltaMinutes > 0) {
    return {
      tone: 'over',
      short: `${by} over`,
      advice: `Too long by ${by}. Cut about ${plan.wordsToCut.toLocaleString('en-US')} words, or move a section to a longer version.`,
    };
  }
  return {
    tone: 'under',
    short: `${by} under`,
    advice: `Short by ${by}. There is room for about ${plan.wordsToAdd.toLocaleString('en-US')} more words, or a story, an exercise or questions.`,
  };
}
