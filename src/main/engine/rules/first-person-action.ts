import type { Lang } from '../../../shared/talk';
import type { Sentence, Word } from '../text/segment';
import { codeMatch, type Match, type SectionContext } from './types';

// Words that follow "I"/"ik" without being an action: thinking, wanting and helper verbs, and
// adverbs. "I think customers…" is an opinion, "I walk in" is a moment (DOMAIN.md, Stories:
// first-person action). Checked against both languages' sample talks.
const NOT_ACTION: Record<Lang, Set<string>> = {
  en: new Set(
    "think thought believe believed know knew mean meant guess suppose hope hoped want wanted wish would could should might must may can will shall do does did don't didn't can't won't am was have had just also really still never always actually personally truly only even feel felt love like agree agreed recommend suggest propose convinced sure strongly firmly".split(
      ' ',
    ),
  ),
  nl: new Set(
    'denk dacht geloof geloofde weet wist vind vond hoop hoopte wil wilde zou zal kan kon moet moest mag mocht ben was heb had ook niet nog al wel dus echt gewoon altijd nooit alleen zelf persoonlijk eigenlijk toch even maar adviseer stel raad beveel zeg'.split(
      ' ',
    ),
  ),
};
const FIRST_PERSON: Record<Lang, Set<string>> = { en: new Set(['i']), nl: new Set(['ik']) };
// "I'm standing", "I've seen": the contraction carries the verb into the next word.
const CONTRACTED = /^i['’](m|ve|d)$/;

/** The action word next to a first-person subject: "I walk", "ik sta", and Dutch inversion "dan sta ik". */
function actionAfter(sentence: Sentence, index: number, lang: Lang, stopwords: Set<string>): Word | undefined {
  const next = sentence.words[index + 1];
  // Dutch puts the verb before "ik" after an opening word ("Dan sta ik", "Toen liep ik"): that
  // word is the verb, so it is tried first. "I am standing" / "I was walking": the -ing form acts.
  const candidates =
    lang === 'nl' && index === 2
      ? [sentence.words[1], next]
      : lang === 'en' && (next?.lower === 'am' || next?.lower === 'was') && /ing$/.test(sentence.words[index + 2]?.lower ?? '')
        ? [sentence.words[index + 2]]
        : [next];
  for (const word of candidates) {
    if (!word || NOT_ACTION[lang].has(word.lower) || /\d/.test(word.lower)) continue;
    if (/^\p{Lu}/u.test(word.text) || (stopwords.has(word.lower) && lang === 'nl')) continue;
    if (lang === 'en' && stopwords.has(word.lower) && !/ing$|ed$/.test(word.lower)) continue;
    return word;
  }
  return undefined;
}

/** First-person action in any tense: the speaker doing something in a moment, "I walk in", "ik sta bij de balie". */
export function firstPersonAction(context: SectionContext): Match[] {
  const { lang, lexicons } = context;
  const matches: Match[] = [];
  for (const sentence of context.sentences) {
    sentence.words.forEach((word, index) => {
      const contracted = lang === 'en' && CONTRACTED.test(word.lower);
      if (!FIRST_PERSON[lang].has(word.lower) && !contracted) return;
      const action = actionAfter(sentence, index, lang, lexicons.stopwords);
      if (!action) return;
      const start = Math.min(word.start, action.start);
      const end = Math.max(word.end, action.end);
      matches.push(codeMatch(context, 'first-person-action', { start, end, actual: context.masked.slice(start, end) }));
    });
  }
  return matches;
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { firstPersonAction as find };
