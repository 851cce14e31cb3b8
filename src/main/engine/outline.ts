import { formatLocation } from '../../shared/location';
import type { OutlineFinding, OutlineJson, OutlineVariant, TalkFormat } from '../../shared/outline';
import type { Finding, Talk, Variant, VariantPlan } from '../../shared/talk';
import { VARIANTS } from '../../shared/talk';
import { roundMinutes, sectionMinutes } from './timing/plan';

function variantJson(plan: VariantPlan): OutlineVariant {
  return {
    target: plan.target,
    minutes: plan.minutes,
    fits: plan.fits,
    deltaMinutes: plan.deltaMinutes,
    wordsToCut: plan.wordsToCut,
    wordsToAdd: plan.wordsToAdd,
    sections: plan.sections.map((timing) => timing.id),
    budgets: Object.fromEntries(plan.sections.map((timing) => [timing.id, timing.budget])),
  };
}

/** The outline contract of a parsed talk: what `sticky outline --json` prints. */
export function outlineJson(file: string, talk: Talk, plans: Record<Variant, VariantPlan>, format: TalkFormat = 'markdown'): OutlineJson {
  const variants = {} as OutlineJson['variants'];
  for (const variant of VARIANTS) variants[`${variant}`] = variantJson(plans[variant]);
  return {
    file,
    title: talk.title,
    lang: talk.lang,
    wpm: talk.wpm,
    mantra: talk.mantra,
    audience: talk.audience,
    words: talk.words,
    deck: talk.deck ?? talk.presentation ?? null,
    sections: talk.sections.map((section) => ({
      id: section.id,
      title: section.title,
      line: section.line,
      words: section.words,
      minutes: roundMinutes(sectionMinutes(section, talk.wpm)),
      fixedMinutes: section.fixedMinutes,
      variants: section.variants,
      slide: section.slide ?? null,
      location: formatLocation(section.location),
      where: section.location ?? null,
      group: section.group ?? null,
    })),
    variants,
    findings: talk.findings.map(outlineFindingJson),
    format,
  };
}

/** A finding as the JSON contracts print it: one-based line and column of its start and end. */
export function outlineFindingJson(finding: Finding): OutlineFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: finding.start.line,
    column: finding.start.column,
    endLine: finding.end.line,
    endColumn: finding.end.column,
    sectionId: finding.sectionId ?? null,
    location: formatLocation(finding.location),
    where: finding.location ?? null,
  };
}
