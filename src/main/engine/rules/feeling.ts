import type { Word } from '../text/segment';
import { ruleThreshold } from './catalogue';
import { codeMatch, type Match, type SectionContext } from './types';

/** The valence from which a word is clearly felt, `strong-feeling` (its rule file says where 2 comes from). */
export const STRONG_VALENCE = ruleThreshold('strong-feeling', 'valence');
// Below this either way a word is barely felt (rules/catalogue/feeling.json `thresholds.felt`).
const MIN_FELT = ruleThreshold('feeling', 'felt');
// Rated words that are mostly something else in speech: a preposition or filler ("like", "well"),
// a noun of no feeling ("matter", "kind"), Dutch "naar" (to; nasty) and "wel". A coach's audit of
// 100 findings rejected them every time (eval/audit/findings-audit.md); Dutch "groot" is mostly
// size ("geen groot verlangen", the fresh audit's #88).
const NOT_FEELING = new Set([
  'like',
  'matter',
  'kind',
  'pretty',
  'well',
  'right',
  'yes',
  'no',
  'ok',
  'okay',
  'sure',
  'please',
  'free',
  'mean',
  'fine',
  'clear',
  'naar',
  'half',
  'wel',
  'even',
  'ja',
  'nee',
  'oké',
  'graag',
  'groot',
]);

// A capital inside a sentence (not after an opening quote) makes a word part of a name: "the Black
// Death", "the Great Depression", "Happy Valley" name a pandemic, an era, a place (the audit, #30).
const AFTER_OPENING_QUOTE = /["“„«‘']\s*$/;
const partOfName = (context: SectionContext, word: Word): boolean =>
  /^\p{Lu}/u.test(word.text) &&
  word.text !== 'I' &&
  !context.sentenceStarts.has(word.start) &&
  !AFTER_OPENING_QUOTE.test(context.masked.slice(Math.max(0, word.start - 3), word.start));

/** Words that carry feeling, rated in lexicon/<lang>/feeling.json (VADER for English, pattern for Dutch). */
export function feeling(context: SectionContext): Match[] {
  const matches: Match[] = [];
  for (const word of context.words) {
    const valence = context.lexicons.feeling[word.lower];
    if (valence === undefined || Math.abs(valence) < MIN_FELT || NOT_FEELING.has(word.lower)) continue;
    if (partOfName(context, word)) continue;
    const id = Math.abs(valence) >= STRONG_VALENCE ? 'strong-feeling' : 'feeling';
    const values = { valence: valence > 0 ? `+${valence}` : String(valence) };
    matches.push(codeMatch(context, id, { start: word.start, end: word.end, actual: word.text }, { values }));
  }
  return matches;
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { feeling as find };
