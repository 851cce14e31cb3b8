import type { Lang } from '../../../shared/talk';
import enConcreteness from '../lexicon/en/concreteness.json';
import enFamiliarity from '../lexicon/en/familiarity.json';
import nlConcreteness from '../lexicon/nl/concreteness.json';
import nlFamiliarity from '../lexicon/nl/familiarity.json';
import type { Word } from '../text/segment';
import { fill, type Match, type SectionContext } from './types';

/** A language's word norms: concreteness 0-1 per word, and familiarity by frequency rank. */
interface WordNorms {
  concreteness: Map<string, number>;
  rank: Map<string, number>;
  /** Dutch has no frequency list here: a word this long (a stacked compound) counts as hard. */
  longWord: number;
}

function norms(concreteness: { words: Record<string, number> }, familiarity: { words: string[]; longWord: number }): WordNorms {
  return {
    concreteness: new Map(Object.entries(concreteness.words)),
    rank: new Map(familiarity.words.map((word, index) => [word, index])),
    longWord: familiarity.longWord,
  };
}
const NORMS: Record<Lang, WordNorms> = { en: norms(enConcreteness, enFamiliarity), nl: norms(nlConcreteness, nlFamiliarity) };

// Concreteness on WordNet's 0-1 scale (see lexicon/en/concreteness.json): 0.8 and above is a thing
// one can see or touch (desk 1.0, coffee 0.9, customer 0.9); 0.2 and below is an idea (strategy 0,
// value 0.1, insight 0). Words between (journey 0.7, experience 0.3) count only in the mean.
export const CONCRETE_AT = 0.8;
export const ABSTRACT_AT = 0.2;
// The 10,000 most frequent spoken-English words (SUBTLEX-US) are the vocabulary a general
// audience knows without effort (about 95% of running speech); a content word outside it is rare.
export const FAMILIAR_RANK = 10000;
// Words of three letters or fewer are function words or everyday ones ("fax", "app"): never rare.
const SHORT_WORD = 3;

// English inflections to their base form: customers -> customer, stories -> story, walked -> walk.
const INFLECTIONS: [string, string][] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['d', ''],
];

/** The form of a word a norms table knows: itself, or its base form without an inflection. */
function known<T>(table: Map<string, T>, lower: string): string | undefined {
  if (table.has(lower)) return lower;
  for (const [suffix, replacement] of INFLECTIONS) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) {
      const base = lower.slice(0, -suffix.length) + replacement;
      if (table.has(base)) return base;
    }
  }
  return undefined;
}

/** What the word norms found in a text: matches, and the sum and count of rated words' concreteness. */
export interface WordNormSignals {
  matches: Match[];
  concreteness: { sum: number; count: number };
}

const isName = (word: Word, sentenceStarts: Set<number>): boolean => /^\p{Lu}/u.test(word.text) && !sentenceStarts.has(word.start);

/** Concrete, abstract and rare words, from the language's word norms (lexicon/*\/concreteness.json, familiarity.json). */
export function wordNormMatches(context: SectionContext): WordNormSignals {
  const { lang, lexicons, messages } = context;
  const table = NORMS[lang];
  const sentenceStarts = new Set(context.sentences.map((sentence) => sentence.start));
  const matches: Match[] = [];
  let sum = 0;
  let count = 0;
  const push = (word: Word, ruleId: string, signal: string, target: string): void => {
    matches.push({
      ruleId,
      signal,
      target,
      severity: 'info',
      message: fill(messages[ruleId]!, { actual: word.text }),
      start: word.start,
      end: word.end,
      actual: word.text,
    });
  };
  for (const word of context.words) {
    if (lexicons.stopwords.has(word.lower) || /\d/.test(word.lower) || isName(word, sentenceStarts)) continue;
    const rated = known(table.concreteness, word.lower);
    if (rated !== undefined) {
      const value = table.concreteness.get(rated)!;
      sum += value;
      count++;
      if (value >= CONCRETE_AT) push(word, 'concrete-word', 'concreteWords', 'concrete+');
      else if (value <= ABSTRACT_AT) push(word, 'abstract-word', 'abstractWords', 'tooConceptual+');
    }
    if (word.lower.length <= SHORT_WORD) continue;
    const rare =
      table.rank.size > 0
        ? (table.rank.get(known(table.rank, word.lower) ?? '') ?? Infinity) >= FAMILIAR_RANK
        : word.lower.length >= table.longWord;
    if (rare) push(word, 'rare-word', 'rareWords', 'simple-');
  }
  return { matches, concreteness: { sum, count } };
}
