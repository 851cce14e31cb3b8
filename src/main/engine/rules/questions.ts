import { codeMatch, type Match, type SectionContext } from './types';

/** Questions to the audience: sentences that end in a question mark. */
export function questions(context: SectionContext): Match[] {
  return context.sentences
    .filter((sentence) => sentence.text.endsWith('?'))
    .map((sentence) => codeMatch(context, 'questions', { start: sentence.start, end: sentence.end, actual: sentence.text }));
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { questions as find };
