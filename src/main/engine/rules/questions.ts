import { sentencesOutsideQuotes } from './dialogue';
import { codeMatch, type Match, type SectionContext } from './types';

// A question mark at the end, before any closing quotes or brackets ('So I ask you: "What would you do?"').
const QUESTION_END = /\?["'”’»)\]\s]*$/u;

/**
 * Questions to the audience: sentences that end in a question mark, unless the question is inside
 * someone else's quoted speech ('A health worker asks a mom, "Was the baby vomiting?"' is a moment
 * of the story, not a question to this room; fresh audit #56).
 */
export function questions(context: SectionContext): Match[] {
  const ownWords = sentencesOutsideQuotes(context, 'questions');
  return context.sentences.flatMap((sentence, index) => {
    if (!QUESTION_END.test(sentence.text)) return [];
    const own = ownWords(index);
    if (own && !QUESTION_END.test(own.context.masked.slice(sentence.start, sentence.end))) return [];
    return [codeMatch(context, 'questions', { start: sentence.start, end: sentence.end, actual: sentence.text })];
  });
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { questions as find };
