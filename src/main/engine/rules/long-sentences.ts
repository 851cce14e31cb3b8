import { ruleThreshold } from './catalogue';
import { codeMatch, type Match, type SectionContext } from './types';

// The longest sentence a listener follows by ear: rules/catalogue/long-sentences.json says where 25 comes from.
const LONG_SENTENCE_WORDS = ruleThreshold('long-sentences', 'words');

/** Sentences too long to follow by ear. */
export function longSentences(context: SectionContext): Match[] {
  return context.sentences
    .filter((sentence) => sentence.words.length > LONG_SENTENCE_WORDS)
    .map((sentence) =>
      codeMatch(
        context,
        'long-sentences',
        { start: sentence.start, end: sentence.end, actual: sentence.text },
        { values: { count: sentence.words.length } },
      ),
    );
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { longSentences as find };
