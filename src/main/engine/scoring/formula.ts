import type { Contribution } from '../../../shared/analysis';
import type { Formula } from './weights';

/** Evaluates a formula over metrics and scores: the 0-100 result and each term's contribution. */
export function evaluate(formula: Formula, inputs: Record<string, number>): { value: number; contributions: Contribution[] } {
  let value = formula.base;
  const contributions: Contribution[] = [];
  for (const term of formula.terms) {
    const input = inputs[term.input] ?? 0;
    const share = Math.min(1, Math.max(0, (input - (term.offset ?? 0)) / term.full));
    const effect = Math.round(term.weight * (term.absent ? 1 - share : share) * 10) / 10;
    value += effect;
    if (effect !== 0) contributions.push({ signal: term.input, value: input, effect });
  }
  return { value: Math.round(Math.min(100, Math.max(0, value))), contributions };
}
