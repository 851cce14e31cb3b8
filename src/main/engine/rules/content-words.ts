import type { Word } from '../text/segment';
import type { SectionContext } from './types';

/** The words the word norms judge: not function words, figures or names inside a sentence. */
export function contentWords(context: SectionContext): Word[] {
  const sentenceStarts = new Set(context.sentences.map((sentence) => sentence.start));
  return context.words.filter(
    (word) =>
      !context.lexicons.stopwords.has(word.lower) &&
      !/\d/.test(word.lower) &&
      !(/^\p{Lu}/u.test(word.text) && !sentenceStarts.has(word.start)),
  );
}
