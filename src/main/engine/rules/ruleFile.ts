import type { Lang, Severity } from '../../../shared/talk';
import type { Target } from '../../../shared/target';

/** One entry of a word list: a phrase (`*` at the end matches any word ending) and swaps. */
export interface LexiconEntry {
  phrase: string;
  swap?: string[];
}

/** How a list's matches become findings. */
export interface LexiconRule {
  id: string;
  signal: string;
  target: Target;
  severity: string;
  message: string;
  /** Messages of single entries by their id part (`credibility.percent` -> `percent`), from the rule file's `variants`. */
  variants?: Record<string, string>;
  /** The rule file's thresholds by name, filled into its messages. */
  thresholds?: Record<string, number>;
}

/** A rule's word list in one language (rules/catalogue/<id>.json `words`), with its rule's finding fields. */
export interface PhraseLexicon {
  source: string;
  licence: string;
  rule: LexiconRule;
  entries: LexiconEntry[];
}

/** The suffix list for abstract nouns, with its exceptions and minimum word length. */
export interface SuffixLexicon extends PhraseLexicon {
  minLength: number;
  exceptions: string[];
}

/** Text in each language the app speaks. */
export type PerLanguage<T> = Record<Lang, T>;

/** A rule's own word list in one language: where it comes from, its entries, and any extra fields its code reads. */
export interface RuleWords {
  source: string;
  licence: string;
  entries: LexiconEntry[];
  [extra: string]: unknown;
}

/** A number a rule judges by, with where it comes from. */
export interface RuleThreshold {
  value: number;
  why: string;
}

/**
 * One rule as stored in rules/catalogue/<id>.json (checked by scripts/rules/ruleShape.mjs): what
 * it moves, its messages, thresholds, words, examples, and the code module that runs it, if any.
 */
export interface RuleFile {
  id: string;
  target: Target;
  severity: Severity;
  /** The section of the coaching method the rule traces to. */
  method: string;
  label: PerLanguage<string>;
  messages: PerLanguage<string>;
  /** Messages of a kind of finding (`time-markers.year`), by entry. */
  variants?: Record<string, PerLanguage<string>>;
  thresholds?: Record<string, RuleThreshold>;
  /** Its module in src/main/engine/rules/, when matching words is not all it does. */
  code?: string;
  /** Tables (lexicon/<lang>/<name>.json) or other rules' words its code reads. */
  reads?: string[];
  words?: PerLanguage<RuleWords>;
  /** Whether its words are matched as phrases anywhere in the text (the default when it has words); false when its code places them. */
  phrases?: boolean;
  /** A score term of its own on its target, for a rule the scoring terms do not list yet. */
  term?: { full: number; points: number; why: string };
  examples: PerLanguage<{ match: string[]; noMatch: string[] }>;
}
