import { describe, expect, test } from 'vitest';
import type { RuleFile } from '../../../src/main/engine/rules/ruleFile';
import { withRuleTerms, type TermSpec } from '../../../src/main/engine/scoring/terms';
import { buildFormulas } from '../../../src/main/engine/scoring/weights';
import { evaluate } from '../../../src/main/engine/scoring/formula';

// A rule file as a contributor adds it: a word list that lowers Simple, with a term of its own.
const rule = (id: string, overrides: Partial<RuleFile> = {}): RuleFile => ({
  id,
  target: { dimension: 'simple', direction: 'lower' },
  severity: 'info',
  method: 'docs/coaching-method.md#1-made-to-stick-the-success-principles-scored-per-section',
  label: { en: 'hedges', nl: 'slagen om de arm' },
  messages: { en: '“{actual}” hedges.', nl: '“{actual}” houdt een slag om de arm.' },
  words: {
    en: { source: 'test', licence: 'MIT', entries: [{ phrase: 'sort of' }] },
    nl: { source: 'test', licence: 'MIT', entries: [{ phrase: 'een beetje' }] },
  },
  term: { full: 2, points: 12, why: 'two hedges per 100 words is a speaker who doubts every line' },
  examples: {
    en: { match: ['It is sort of new.'], noMatch: ['It is new.'] },
    nl: { match: ['Het is een beetje nieuw.'], noMatch: ['Het is nieuw.'] },
  },
  ...overrides,
});

describe("a rule file's own score term (rules/catalogue `term`)", () => {
  test('is added to its target, in its direction, and counts its provisional points until fitted', () => {
    const specs = withRuleTerms([rule('hedges')], { simple: [], concrete: [] });
    expect(specs['simple']).toEqual([{ input: 'hedges', full: 2, sign: -1, provisional: 12 }]);
    expect(specs['concrete']).toEqual([]);
    const formulas = buildFormulas(specs, { simple: { base: 80, weights: {} } });
    // Two hedges per 100 words take the full 12 points; one takes half.
    expect(evaluate(formulas['simple']!, { hedges: 2 }).value).toBe(68);
    expect(evaluate(formulas['simple']!, { hedges: 1 }).value).toBe(74);
  });

  test('a weight the fit set to 0 stays 0: the provisional points are for a rule not fitted yet', () => {
    const formulas = buildFormulas(withRuleTerms([rule('hedges')], { simple: [] }), { simple: { base: 80, weights: { hedges: 0 } } });
    expect(formulas['simple']!.terms).toEqual([]);
  });

  test('a fitted weight replaces the provisional points', () => {
    const formulas = buildFormulas(withRuleTerms([rule('hedges')], { simple: [] }), { simple: { base: 80, weights: { hedges: -30 } } });
    expect(evaluate(formulas['simple']!, { hedges: 2 }).value).toBe(50);
  });

  test('a rule a score already lists, a story element, or a rule without a term adds nothing', () => {
    const listed: TermSpec = { input: 'hedges', full: 5, sign: -1 };
    expect(withRuleTerms([rule('hedges')], { simple: [listed] })['simple']).toEqual([listed]);
    const element = rule('asks', { target: { dimension: 'callToAction', direction: null } });
    expect(withRuleTerms([element], { callToAction: [] })['callToAction']).toEqual([]);
    const plain = rule('plain');
    delete plain.term;
    expect(withRuleTerms([plain], { simple: [] })['simple']).toEqual([]);
  });
});
