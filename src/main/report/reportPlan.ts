import { VARIANTS, type Talk, type Variant, type VariantPlan } from '../../shared/talk';
import { sectionMinutes, tenthsOfMinutes as tenths, tenthsOver } from '../engine/timing/plan';

/** One section's part in a variant: its estimated minutes and its share of the target. */
export interface PlanPart {
  title: string;
  minutes: number;
  budget: number;
}

/** The 10/30/60 plan of one variant: its timing, what is said and for how long, and what is cut. */
export interface ReportPlan extends Pick<
  VariantPlan,
  'variant' | 'target' | 'minutes' | 'deltaMinutes' | 'fits' | 'wordsToCut' | 'wordsToAdd'
> {
  parts: PlanPart[];
  /** Sections of the talk left out of this variant, with the minutes they would take. */
  cut: { title: string; minutes: number }[];
}

/** Each variant's sections with their minutes and budget, and the sections it cuts. */
export function reportPlans(talk: Pick<Talk, 'sections' | 'wpm'>, plans: Record<Variant, VariantPlan>): ReportPlan[] {
  const titles = new Map(talk.sections.map((section) => [section.id, section.title]));
  return VARIANTS.map((variant) => {
    const plan = plans[variant];
    const kept = new Set(plan.sections.map((timing) => timing.id));
    return {
      variant,
      target: plan.target,
      minutes: tenths(plan.minutes),
      deltaMinutes: tenthsOver(plan.minutes, plan.target),
      fits: plan.fits,
      wordsToCut: plan.wordsToCut,
      wordsToAdd: plan.wordsToAdd,
      parts: plan.sections.map((timing) => ({
        title: titles.get(timing.id) ?? timing.id,
        minutes: tenths(timing.minutes),
        budget: tenths(timing.budget),
      })),
      cut: talk.sections
        .filter((section) => !kept.has(section.id))
        .map((section) => ({ title: section.title, minutes: tenths(sectionMinutes(section, talk.wpm)) })),
    };
  });
}
