import type { Lang } from '../../../shared/talk';
import enFeeling from './en/feeling.json';
import enStopwords from './en/stopwords.json';
import nlFeeling from './nl/feeling.json';
import nlStopwords from './nl/stopwords.json';
import { PHRASE_RULES, ruleLexicon } from '../rules/catalogue';

export type { LexiconEntry, LexiconRule, PhraseLexicon, SuffixLexicon } from '../rules/ruleFile';
import type { PhraseLexicon } from '../rules/ruleFile';

/** Every word list of one language. */
export interface LanguageLexicons {
  /** Lists matched as phrases, in the order their findings are reported. */
  phrases: PhraseLexicon[];
  /** Feeling words and their valence, -4 to 4. */
  feeling: Record<string, number>;
  stopwords: Set<string>;
}

/** The word lists of one language: every phrase rule's (code rules ask rules/catalogue.ts for theirs), and the tables. */
function languageLexicons(lang: Lang, feeling: Record<string, number>, stopwords: { entries: { phrase: string }[] }): LanguageLexicons {
  return {
    phrases: PHRASE_RULES.map((id) => ruleLexicon(id, lang)),
    feeling,
    stopwords: new Set(stopwords.entries.map((entry) => entry.phrase)),
  };
}

/** The word lists per language; a word is added in its rule's file, rules/catalogue/<id>.json. */
export const LEXICONS: Record<Lang, LanguageLexicons> = {
  en: languageLexicons('en', enFeeling.entries as Record<string, number>, enStopwords),
  nl: languageLexicons('nl', nlFeeling.entries as Record<string, number>, nlStopwords),
};
