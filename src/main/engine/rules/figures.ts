import { regexMatches, spanOf } from './regex';
import { codeMatch, type Match, type SectionContext } from './types';

const FIGURE = /(?<![\p{L}\p{N}])(?:[€$£]\s?)?\d+(?:[.,]\d+)*(?:\s?(?:%|percent|per cent|procent))?(?![\p{L}\p{N}])/gu;
const YEAR = /^(1[89]|20)\d\d$/;

/** Figures (`figures`: 40, €12.50) and percentages (`percentages`: 40%, 12 procent); years are time markers. */
export function figures(context: SectionContext): Match[] {
  return regexMatches(context.masked, FIGURE, (hit) => {
    if (YEAR.test(hit[0])) return null;
    const percentage = /%|cent|procent/.test(hit[0]);
    return codeMatch(context, percentage ? 'percentages' : 'figures', spanOf(hit));
  });
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { figures as find };
