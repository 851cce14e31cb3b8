import type { Word } from '../text/segment';
import type { SectionContext } from './types';

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
      !/\d/.test(word.lower) &&
      !(/^\p{Lu}/u.test(word.text) && !sentenceStarts.has(word.start)),
  );
  picked.set(context, words);
  return words;
}
