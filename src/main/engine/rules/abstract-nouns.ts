import { listMatch } from './lexiconRules';
import type { Match, SectionContext } from './types';

/** Abstract nouns by their suffix (rules/catalogue/abstract-nouns.json), unless tagged a verb, adjective or name. */
export function abstractNouns(context: SectionContext): Match[] {
  const lexicon = context.lexicons.abstractNouns;
  const exceptions = new Set(lexicon.exceptions);
  const matches: Match[] = [];
  for (const word of context.words) {
    if (word.lower.length < lexicon.minLength || exceptions.has(word.lower)) continue;
    const suffix = lexicon.entries.find((entry) => word.lower.endsWith(entry.phrase));
    if (!suffix) continue;
    const tags = context.tags.get(word.start);
    if (tags && (tags.has('Verb') || tags.has('Adjective') || tags.has('ProperNoun'))) continue;
    matches.push({ ...listMatch(lexicon, word, suffix.phrase), ruleId: `${lexicon.rule.id}.${suffix.phrase}` });
  }
  return matches;
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { abstractNouns as find };
