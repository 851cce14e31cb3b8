import type { Word } from '../text/segment';
import type { SectionContext } from './types';

// Pronouns and a few interjections are not content, though the shared stopword lists (kept free of
// words both languages have, for language detection) leave some out: "us" is no concrete thing,
// "please" no abstraction.
const NOT_CONTENT = new Set(
  'i me we us you he him she her they them it yes no okay please wij ons jij je jou jullie hij zij ze hem haar mij ja nee alsjeblieft alstublieft'.split(
    ' ',
  ),
);

// Two rules read the same content words of a run of lines: they are picked out once per run.
const picked = new WeakMap<SectionContext, Word[]>();

/** The words the word norms judge: not function words, figures or names inside a sentence. */
export function contentWords(context: SectionContext): Word[] {
  const known = picked.get(context);
  if (known) return known;
  const { sentenceStarts } = context;
  const words = context.words.filter(
    (word) =>
      !context.lexicons.stopwords.has(word.lower) &&
      !NOT_CONTENT.has(word.lower) &&
      !/\d/.test(word.lower) &&
      !(/^\p{Lu}/u.test(word.text) && !sentenceStarts.has(word.start)),
  );
  picked.set(context, words);
  return words;
}
