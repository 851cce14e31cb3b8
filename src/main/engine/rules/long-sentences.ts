import { codeMatch, type Match, type SectionContext } from './types';

// Plain-language guidance for speech: listeners keep about 20-25 words of a sentence in working
// memory (the Plain English Campaign advises an average of 15-20 for writing, which is read at
// the reader's own pace). Above 25 spoken words a sentence is hard to follow.
export const LONG_SENTENCE_WORDS = 25;

/** Sentences too long to follow by ear. */
export function longSentences(context: SectionContext): Match[] {
  return context.sentences
    .filter((sentence) => sentence.words.length > LONG_SENTENCE_WORDS)
    .map((sentence) =>
      codeMatch(
        context,
        'long-sentences',
        'tooComplete+',
        { start: sentence.start, end: sentence.end, actual: sentence.text },
        { severity: 'warning', values: { count: sentence.words.length } },
      ),
    );
}
