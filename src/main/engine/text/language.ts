import type { Lang } from '../../../shared/talk';
import enStopwords from '../lexicon/en/stopwords.json';
import nlStopwords from '../lexicon/nl/stopwords.json';
import { lowerWords } from './words';

const EN = new Set(enStopwords.entries.map((entry) => entry.phrase));
const NL = new Set(nlStopwords.entries.map((entry) => entry.phrase));
/** Each language's function words (lexicon/<lang>/stopwords.json), without loading every word list. */
export const STOPWORDS: Record<Lang, ReadonlySet<string>> = { en: EN, nl: NL };
// Two thousand words hold a few hundred function words: far more than needed to tell English
// from Dutch, and it keeps detection instant on an hour-long talk.
const SAMPLE_WORDS = 2000;

/** How many of each language's function words a text holds (in its first two thousand words). */
export function languageEvidence(text: string): Record<Lang, number> {
  let en = 0;
  let nl = 0;
  for (const word of lowerWords(text, SAMPLE_WORDS)) {
    if (EN.has(word)) en++;
    else if (NL.has(word)) nl++;
  }
  return { en, nl };
}

/** Detects whether a text is English or Dutch by counting each language's function words. */
export function detectLanguage(text: string): Lang {
  const { en, nl } = languageEvidence(text);
  // Ties (including no text at all) go to English, the default language.
  return nl > en ? 'nl' : 'en';
}
