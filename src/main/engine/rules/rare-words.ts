import type { Lang } from '../../../shared/talk';
import type { Word } from '../text/segment';
import { familiarRank, WORD_NORMS, type WordNorms } from '../text/wordNorms';
import { contentWords } from './content-words';
import { ruleThreshold } from './catalogue';
import { codeMatch, type Match, type SectionContext } from './types';

// A content word ranked past the most frequent spoken words is rare (rules/catalogue/rare-words.json
// `thresholds.rank` says where 10,000 comes from). Films say some business words less than a talk's
// audience does: those are listed as everyday (lexicon/<lang>/rare-words.json's `everyday`), so
// "invoice" is not called rare.
/** The frequency rank past which a content word is rare. */
export const FAMILIAR_RANK = ruleThreshold('rare-words', 'rank');
// Words of three letters or fewer are function words or everyday ones ("fax", "app"): never rare.
const SHORT_WORD = 3;

// A noun of a familiar word's family is familiar too: a listener who says "efficient" (6,710) knows
// "efficiency" (10,944), one who says "participate" (6,608) knows "participants" (16,162). Only
// the suffixes whose stem keeps its meaning: -ency/-ence of an -ent adjective, -ancy/-ance of an
// -ant one, an -ant who does what an -ate verb says (a fresh audit rejected "efficiency" and
// "participants" as rare, eval/audit/fresh-audit.md class 4). Dutch has the same nouns in -ntie.
const FAMILY: Record<Lang, [string, string][]> = {
  en: [
    ['ency', 'ent'],
    ['ence', 'ent'],
    ['ancy', 'ant'],
    ['ance', 'ant'],
    ['ants', 'ate'],
    ['ant', 'ate'],
  ],
  // -entie, -ëntie and -antie of an -ent or -ant adjective (efficiëntie of efficiënt, relevantie of relevant).
  nl: [['ntie', 'nt']],
};
// The stem left must be a word of its own, not a prefix ("ance" of "dance" leaves "d").
const SHORTEST_STEM = 4;

/** The best frequency rank of a word or of the familiar word its suffix is made from. */
function familyRank(norms: WordNorms, lang: Lang, lower: string): number {
  let best = familiarRank(norms, lower);
  for (const [suffix, stem] of FAMILY[lang]) {
    if (lower.length - suffix.length >= SHORTEST_STEM && lower.endsWith(suffix))
      best = Math.min(best, familiarRank(norms, lower.slice(0, -suffix.length) + stem));
  }
  return best;
}

/** Whether a word is a web address, file name or e-mail address ("drawtoast.com", "anna@…"), not a word to replace. */
function isAddress(context: SectionContext, word: Word): boolean {
  return /\p{L}\.\p{L}/u.test(word.text) || context.masked[word.end] === '@' || context.masked[word.start - 1] === '@';
}

/** Words a general audience rarely says: outside the most frequent spoken words (lexicon/<lang>/rare-words.json). */
export function rareWords(context: SectionContext): Match[] {
  const norms = WORD_NORMS[context.lang];
  return contentWords(context)
    .filter((word) => word.lower.length > SHORT_WORD && !isAddress(context, word))
    .filter((word) =>
      norms.rank.size > 0 ? familyRank(norms, context.lang, word.lower) >= FAMILIAR_RANK : word.lower.length >= norms.longWord,
    )
    .map((word) => codeMatch(context, 'rare-words', { start: word.start, end: word.end, actual: word.text }));
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { rareWords as find };
