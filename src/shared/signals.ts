/**
 * The rule catalogue: every signal the engine counts, where its words come from and where its
 * code lives. One id per rule: the signal, the rule id (findings' `ruleId` is the id or
 * `id.entry`), the message key and, for a word list, the file `lexicon/<lang>/<id>.json`.
 */
export interface RuleSource {
  /** Word lists it reads, as `lexicon/<lang>/<name>.json` (the first one is the rule's own list when named like it). */
  data: string[];
  /** Its code, as `src/main/engine/rules/<code>.ts`; null for a plain word list matched as phrases. */
  code: string | null;
}

const list = (id: string): RuleSource => ({ data: [id], code: null });
const code = (file: string, ...data: string[]): RuleSource => ({ data, code: file });

/** Every rule, by id. */
export const RULES = {
  jargon: list('jargon'),
  corporate: list('corporate'),
  'company-voice': list('company-voice'),
  process: list('process'),
  human: code('human', 'human'),
  sensory: list('sensory'),
  examples: list('examples'),
  credibility: list('credibility'),
  contrast: list('contrast'),
  humour: list('humour'),
  urgency: list('urgency'),
  strategy: code('strategy', 'strategy'),
  vulnerability: list('vulnerability'),
  emotion: list('emotion'),
  numbers: list('numbers'),
  'first-singular': list('first-singular'),
  'first-plural': code('companyVoice', 'first-plural'),
  'second-person': list('second-person'),
  sequence: list('sequence'),
  characters: list('characters'),
  'time-markers': code('time-markers', 'time-markers'),
  'call-to-action': code('call-to-action', 'call-to-action', 'imperatives', 'numbers'),
  'abstract-nouns': code('abstract-nouns', 'abstract-nouns'),
  'past-tense': code('past-tense', 'past-tense'),
  imperatives: code('imperatives', 'imperatives'),
  names: code('names'),
  'named-people': code('names', 'named-people', 'first-names'),
  feeling: code('feeling', 'feeling'),
  'strong-feeling': code('feeling', 'feeling'),
  figures: code('figures'),
  percentages: code('figures'),
  dialogue: code('dialogue', 'dialogue'),
  questions: code('questions'),
  'long-sentences': code('long-sentences'),
  'list-items': code('list-items'),
  'concrete-words': code('concreteness', 'concreteness'),
  'abstract-words': code('concreteness', 'concreteness'),
  'rare-words': code('rare-words', 'rare-words'),
  'first-person-action': code('first-person-action'),
} as const satisfies Record<string, RuleSource>;

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
