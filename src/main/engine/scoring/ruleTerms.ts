import type { RuleFile } from '../rules/ruleFile';
import type { TermSpec } from './termSpec';

/**
 * The scores with the terms rule files carry (rules/catalogue/<id>.json `term`): a rule the
 * scores in terms.ts do not name yet counts on its own target, raising or lowering it, with its provisional
 * points until `npm run fit` gives it a weight. A rule a score already lists keeps that term.
 */
export function withRuleTerms(rules: readonly RuleFile[], specs: Record<string, TermSpec[]>): Record<string, TermSpec[]> {
  for (const rule of rules) {
    const terms = specs[rule.target.dimension];
    if (!rule.term || rule.target.direction === null || !terms || terms.some((term) => term.input === rule.id)) continue;
    const sign = rule.target.direction === 'raise' ? 1 : -1;
    terms.push({ input: rule.id, full: rule.term.full, sign, provisional: rule.term.points });
  }
  return specs;
}
