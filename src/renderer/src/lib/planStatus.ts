import type { VariantPlan } from '../../../shared/talk';
import { clock } from './format';
import { number, t } from './i18n.svelte';

/** How a variant's estimate compares to its target, in words and a tone for colour. */
export interface PlanStatus {
  tone: 'ok' | 'over' | 'under' | 'empty';
  short: string;
  advice: string;
}

/** Describes a variant plan the way a speaking coach would. */
export function planStatus(plan: VariantPlan): PlanStatus {
  if (plan.sections.length === 0)
    return { tone: 'empty', short: t('status.empty'), advice: t('status.adviceEmpty', { variant: plan.variant }) };
  const by = clock(Math.abs(plan.deltaMinutes));
  if (plan.fits)
    return {
      tone: 'ok',
      short: t('status.fits'),
      advice: t('status.adviceFits', { target: plan.target, delta: `${plan.deltaMinutes >= 0 ? '+' : '−'}${by}` }),
    };
  if (plan.deltaMinutes > 0)
    return {
      tone: 'over',
      short: t('status.over', { time: by }),
      advice: t('status.adviceOver', { time: by, words: number(plan.wordsToCut) }),
    };
  return {
    tone: 'under',
    short: t('status.under', { time: by }),
    advice: t('status.adviceUnder', { time: by, words: number(plan.wordsToAdd) }),
  };
}
