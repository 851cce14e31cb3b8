import { ruleLexicon } from './catalogue';
import { listMatch } from './lexiconRules';
import type { Match, SectionContext } from './types';

// A participle after "be" or "get" is a passive ("can only be resolved", "get the plan changed"),
// no narration; the audit of 100 findings rejected them. Past forms of "be" itself still count.
const PASSIVE_HELPERS = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'get', 'gets', 'getting', 'gotten']);
// How far back a helper may stand: "be resolved", "get the curricula changed".
const HELPER_REACH = 3;

/** Past-tense verbs: from rules/catalogue/past-tense.json, and in English also the tagger's past tense. */
export function pastTense(context: SectionContext): Match[] {
  const lexicon = ruleLexicon('past-tense', context.lang);
  const past = new Set(lexicon.entries.map((entry) => entry.phrase.toLowerCase()));
  const passive = (index: number): boolean =>
    context.lang === 'en' && context.words.slice(Math.max(0, index - HELPER_REACH), index).some((word) => PASSIVE_HELPERS.has(word.lower));
  return context.words
    .filter((word, index) => (past.has(word.lower) || context.tags.get(word.start)?.has('PastTense')) && !passive(index))
    .map((word) => listMatch(lexicon, word, word.lower));
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { pastTense as find };
