import type { SuffixLexicon } from './ruleFile';
import { ruleLexicon } from './catalogue';
import { knownForm, WORD_NORMS } from '../text/wordNorms';
import { CONCRETE_AT } from './concreteness';
import { listMatch } from './lexiconRules';
import type { Match, SectionContext } from './types';

/**
 * Whether the concreteness norms rate a word as a thing one can picture (CONCRETE_AT, the cut-off
 * the concrete-words rule uses): a suffix is no proof of an idea when the word names people or a
 * thing ("audience" 0.78, "television" 0.92, "universiteit" 0.83). A fresh audit rejected "the
 * audience" as an abstract noun (eval/audit/fresh-audit.md, class 4); a word is never both.
 */
function ratedConcrete(context: SectionContext, lower: string): boolean {
  const table = WORD_NORMS[context.lang].concreteness;
  const form = knownForm(table, lower);
  return form !== undefined && table.get(form)! >= CONCRETE_AT;
}

/** Abstract nouns by their suffix (rules/catalogue/abstract-nouns.json), unless tagged a verb, adjective or name, or rated concrete. */
export function abstractNouns(context: SectionContext): Match[] {
  const lexicon = ruleLexicon('abstract-nouns', context.lang) as SuffixLexicon;
  const exceptions = new Set(lexicon.exceptions);
  const matches: Match[] = [];
  for (const word of context.words) {
    if (word.lower.length < lexicon.minLength || exceptions.has(word.lower)) continue;
    const suffix = lexicon.entries.find((entry) => word.lower.endsWith(entry.phrase));
    if (!suffix) continue;
    const tags = context.tags.get(word.start);
    if (tags && (tags.has('Verb') || tags.has('Adjective') || tags.has('ProperNoun'))) continue;
    if (ratedConcrete(context, word.lower)) continue;
    matches.push({ ...listMatch(lexicon, word, suffix.phrase), ruleId: `${lexicon.rule.id}.${suffix.phrase}` });
  }
  return matches;
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { abstractNouns as find };
