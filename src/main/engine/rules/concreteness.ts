import type { Lang } from '../../../shared/talk';
import type { Word } from '../text/segment';
import { familiarRank, knownForm, WORD_NORMS, type WordNorms } from '../text/wordNorms';
import { contentWords } from './content-words';
import { STRONG_VALENCE } from './feeling';
import { ruleThreshold } from './catalogue';
import { codeMatch, type Match, type SectionContext } from './types';

// Concreteness 0-1 (lexicon/<lang>/concreteness.json): a word at or above the concrete-words cut-off
// is a thing one can see or touch, at or below the abstract-words one an idea; words between count
// only in the mean. Both rule files say where their numbers come from.
/** The concreteness from which a word is a thing to picture (rules/catalogue/concrete-words.json). */
export const CONCRETE_AT = ruleThreshold('concrete-words', 'concreteness');
/** The concreteness up to which a word is an idea nobody can picture (rules/catalogue/abstract-words.json). */
export const ABSTRACT_AT = ruleThreshold('abstract-words', 'concreteness');

/** What the concreteness norms found: `concrete-words` and `abstract-words`, and the rated words' sum and count. */
export interface ConcretenessSignals {
  matches: Match[];
  rated: { sum: number; count: number };
}

// The most common spoken words ("know", "time", "other") are the talk's glue, never an idea to
// replace with a picture; a coach's audit rejected them as abstractions (eval/audit/findings-audit.md).
const COMMON_RANK = 1000;

// Fixed phrases that say an adverb ("met opzet" = on purpose, "in theory" = theoretically): their
// noun is no idea to show, and a coach's audit rejected "met opzet" as one (eval/audit/fresh-audit.md,
// class 4). Only idioms whose noun the norms rate abstract and the spoken lists rank past the most
// common words are listed; "in fact", "by chance", "in principe" and "of course" never reach the rule.
const IDIOMS: Record<Lang, Set<string>> = {
  en: new Set(['on purpose', 'in particular', 'in principle', 'in theory']),
  nl: new Set(['met opzet', 'in theorie', 'bij toeval', 'per toeval']),
};

/**
 * Whether a low-rated word is an abstraction a coach would point at: a noun (English, by the
 * tagger; a verb such as "analyzed" is not), not among the most common words, and not named by a
 * concrete word before it ("satellite imagery"), nor part of an idiom ("met opzet").
 */
function isAbstraction(context: SectionContext, word: Word, before: Word | undefined, norms: WordNorms): boolean {
  if (familiarRank(norms, word.lower) < COMMON_RANK) return false;
  if (before && IDIOMS[context.lang].has(`${before.lower} ${word.lower}`)) return false;
  // compromise's lexicon knows the common words: one it knows only as a verb, adjective or
  // adverb is no noun; a word it does not know ("insight") may be one.
  const tags = context.tags.get(word.start);
  if (context.lang === 'en' && tags !== undefined && !tags.has('Noun')) return false;
  const modifier = before ? knownForm(norms.concreteness, before.lower) : undefined;
  return !(modifier !== undefined && norms.concreteness.get(modifier)! >= CONCRETE_AT);
}

// Word classes that name nothing one can picture, though the modelled norms rate some of them high
// ("am" 0.80, "as" 0.74): a fresh audit found them shown as concrete words (eval/audit/fresh-audit.md).
const NOT_A_THING = ['Copula', 'Auxiliary', 'Modal', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'Verb'];

// Dutch forms of the copulas and auxiliaries (zijn, worden, hebben, kunnen, zullen, moeten, willen,
// mogen) and question words: the closed classes the English tagger rules out with NOT_A_THING.
const DUTCH_FUNCTION_VERBS = new Set(
  (
    'is ben bent was waren geweest wordt worden werd werden heeft hebt had hadden kan kun kunt kon konden ' +
    'zal zult zou zouden moet moest moesten wil wilt wilde wilden mag mocht wie wat waar wanneer hoe'
  ).split(' '),
);

/** Whether a highly rated word is a thing to point at: for English, a noun or adjective by the tagger (or a word it does not know). */
function isPicturable(context: SectionContext, word: Word): boolean {
  // A function word is nothing to picture, whatever the norms carried over to it: Dutch has no
  // tagger, and "is" and "was" were shown as concrete words (fresh audit #94).
  if (context.lexicons.stopwords.has(word.lower)) return false;
  if (context.lang !== 'en') return !DUTCH_FUNCTION_VERBS.has(word.lower);
  const tags = context.tags.get(word.start);
  if (tags === undefined || tags.has('Noun') || tags.has('Adjective')) return true;
  return !NOT_A_THING.some((tag) => tags.has(tag));
}

/** Words one can picture and ideas nobody can, by lexicon/<lang>/concreteness.json; the mean feeds the `concreteness` measure. */
export function concreteness(context: SectionContext): ConcretenessSignals {
  const norms = WORD_NORMS[context.lang];
  const table = norms.concreteness;
  const matches: Match[] = [];
  let sum = 0;
  let count = 0;
  // Content words are a subsequence of the section's words: one cursor finds each one's neighbour.
  let at = 0;
  for (const word of contentWords(context)) {
    while (context.words[at] !== word) at++;
    // Clearly felt words (grief, fear, joy: VADER 2 or more either way) are Emotional's evidence,
    // not abstractions: they are not rated here.
    if (Math.abs(context.lexicons.feeling[word.lower] ?? 0) >= STRONG_VALENCE) continue;
    const form = knownForm(table, word.lower);
    if (form === undefined) continue;
    const value = table.get(form)!;
    sum += value;
    count++;
    const span = { start: word.start, end: word.end, actual: word.text };
    if (value >= CONCRETE_AT && isPicturable(context, word)) matches.push(codeMatch(context, 'concrete-words', span));
    else if (value <= ABSTRACT_AT && isAbstraction(context, word, context.words[at - 1], norms))
      matches.push(codeMatch(context, 'abstract-words', span));
  }
  return { matches, rated: { sum, count } };
}
