import { RULE_CATALOGUE } from './rules.generated';

/**
 * Every rule by id, generated from the rule files (src/main/engine/rules/catalogue/<id>.json): one
 * id per rule, which is also its signal, its findings' `ruleId` (the id or `id.entry`) and its
 * section in docs/rules.md.
 */
export const RULES = RULE_CATALOGUE;

/** A rule's id, which is also its signal's name. */
export type SignalId = keyof typeof RULES;

/** Every signal a rule can produce, so absent ones count as zero. */
export const SIGNALS = Object.keys(RULES) as SignalId[];

/** Section measures that are not counts of one rule's findings (words, sentence length, mean concreteness…). */
export const MEASURES = ['words', 'sentences', 'avg-sentence-length', 'ideas', 'concreteness', 'personal'] as const;

/** The rule id a finding's `ruleId` belongs to ("past-tense.walked" -> "past-tense"). */
export const ruleOf = (ruleId: string): string => ruleId.split('.')[0]!;

/** Rule ids of the first release, still honoured in sticky-ignore comments and front matter. */
export const LEGACY_RULE_IDS: Record<string, string> = {
  'cx-jargon': 'jargon',
  'corporate-speak': 'corporate',
  'human-impact': 'human',
  'process-words': 'process',
  'concrete-example': 'examples',
  surprise: 'contrast',
  imperative: 'imperatives',
  'number-word': 'numbers',
  'first-person-singular': 'first-singular',
  'first-person-plural': 'first-plural',
  'time-marker': 'time-markers',
  year: 'time-markers.year',
  'abstract-noun': 'abstract-nouns',
  'named-person': 'named-people',
  name: 'names',
  sentiment: 'feeling',
  figure: 'figures',
  percentage: 'percentages',
  question: 'questions',
  'long-sentence': 'long-sentences',
  'list-item': 'list-items',
};

/** An ignore entry in today's ids: "cx-jargon.nps" -> "jargon.nps". */
export function currentRuleId(id: string): string {
  const [rule, ...entry] = id.split('.');
  const renamed = LEGACY_RULE_IDS[rule!];
  return renamed === undefined ? id : [renamed, ...entry].join('.');
}
