import tagData from '../lexicon/compromise/en-tags.json';
import type { Word } from './segment';

// compromise's lexicon as data (scripts/lexicon/build-en-tags.mjs): each word's tags, parents
// included (FemaleName -> FirstName, Person, ProperNoun, Noun), as an index into shared tag sets.
const tagSets = tagData.tagSets.map((tags) => new Set(tags));
const lexicon = tagData.words as Record<string, number>;

/** A word's tags in compromise's English lexicon, with all their parents; undefined when unknown. */
function tagsOf(word: string): Set<string> | undefined {
  const index = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return index === undefined ? undefined : tagSets[index];
}

// Regular past tense: "-ed" words of five letters or more that compromise's lexicon does not
// know as something else ("hundred" is a number, "indeed" an adverb).
const REGULAR_PAST = /^[a-z]{2,}ed$/;

/**
 * Part-of-speech tags for English words from compromise's lexicon (24,000 words with its tag
 * hierarchy) plus two rules: unknown "-ed" words are past tense, capitalised words inside a
 * sentence are proper nouns. Measured (npm run bench): compromise's tagger costs ~35 us per word,
 * most of Sticky's time; the lexicon gives the same signals on our eval sets at a fraction.
 */
export function englishTags(words: Word[], sentenceStarts: Set<number>): Map<number, Set<string>> {
  const tags = new Map<number, Set<string>>();
  for (const word of words) {
    const known = tagsOf(word.lower);
    const result = new Set(known ?? []);
    if (!known && word.lower.length >= 5 && REGULAR_PAST.test(word.lower)) result.add('PastTense');
    const capitalised = /^\p{Lu}/u.test(word.text);
    if (capitalised && !sentenceStarts.has(word.start) && word.text !== 'I') result.add('ProperNoun');
    // Names, places and organisations count only when written with a capital.
    if (!capitalised) for (const tag of ['Person', 'Place', 'Organization', 'ProperNoun']) result.delete(tag);
    if (result.size > 0) tags.set(word.start, result);
  }
  return tags;
}
