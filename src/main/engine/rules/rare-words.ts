import { familiarRank, WORD_NORMS } from '../text/wordNorms';
import { contentWords } from './content-words';
import { codeMatch, type Match, type SectionContext } from './types';

// The 10,000 most frequent spoken words (FrequencyWords' film and TV subtitles, English and Dutch)
// are the vocabulary a general audience knows without effort (about 95% of running speech); a
// content word outside it is rare. Measured on OneStopEnglish's teacher rewrites (npm run eval
// --onestop): Simple rises from advanced to elementary in 96% of pairs at 10,000, 91% at 14,000 and
// 90% at 20,000. Films say some business words less than a talk's audience does: those are listed
// as everyday (rare-words.json's `everyday`), so "invoice" is not called rare.
export const FAMILIAR_RANK = 10000;
// Words of three letters or fewer are function words or everyday ones ("fax", "app"): never rare.
const SHORT_WORD = 3;

/** Words a general audience rarely says: outside the most frequent spoken words (lexicon/<lang>/rare-words.json). */
export function rareWords(context: SectionContext): Match[] {
  const norms = WORD_NORMS[context.lang];
  return contentWords(context)
    .filter((word) => word.lower.length > SHORT_WORD)
    .filter((word) => (norms.rank.size > 0 ? familiarRank(norms, word.lower) >= FAMILIAR_RANK : word.lower.length >= norms.longWord))
    .map((word) => codeMatch(context, 'rare-words', { start: word.start, end: word.end, actual: word.text }));
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { rareWords as find };
