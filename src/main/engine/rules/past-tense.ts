import { listMatch } from './lexiconRules';
import type { Match, SectionContext } from './types';

/** Past-tense verbs: from lexicon/<lang>/past-tense.json, and in English also the tagger's past tense. */
export function pastTense(context: SectionContext): Match[] {
  const lexicon = context.lexicons.pastTense;
  const past = new Set(lexicon.entries.map((entry) => entry.phrase.toLowerCase()));
  return context.words
    .filter((word) => past.has(word.lower) || context.tags.get(word.start)?.has('PastTense'))
    .map((word) => listMatch(lexicon, word, word.lower));
}
