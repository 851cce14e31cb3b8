import type { Lang } from '../../../shared/talk';
import { sentenceAt, type Match, type SectionContext } from './types';

// "This other one", "the one", "which one": a pronoun standing for a thing, no number to picture
// (the audit of 100 findings, #51). Dutch writes the number "één" and the pronoun "ene" apart.
const BEFORE_PRONOUN_ONE = new Set([
  'this',
  'that',
  'other',
  'the',
  'a',
  'which',
  'each',
  'every',
  'any',
  'no',
  'another',
  'right',
  'last',
]);
// A "but" that grants before it goes on ("We are not there yet, but…", "Of course it costs money,
// but…") is a concession, no broken pattern (#23). Concession markers earlier in the sentence:
const CONCESSION: Record<Lang, RegExp> = {
  en: /\b(?:yet|of course|sure|admittedly|granted|certainly|obviously|may|might)\b[^,;:]*,\s*$/i,
  nl: /(?<!\p{L})(?:nog niet|natuurlijk|weliswaar|uiteraard|misschien|mag|kan)(?!\p{L})[^,;:]*,\s*$/iu,
};
const BUT: Record<Lang, string> = { en: 'but', nl: 'maar' };

/** Drops "one" as a pronoun (numbers), a conceding "but"/"maar" and an adverb "yet" (contrast). */
export function withoutPronounsAndConcessions(context: SectionContext, matches: Match[]): Match[] {
  const { lang, masked, sentences } = context;
  let indexByStart: Map<number, number> | undefined;
  return matches.filter((match) => {
    const word = match.actual.toLowerCase();
    if (match.signal === 'numbers' && lang === 'en' && word === 'one') {
      indexByStart ??= new Map(context.words.map((w, index) => [w.start, index]));
      const index = indexByStart.get(match.start);
      const previous = index === undefined ? undefined : context.words[index - 1];
      return !(previous && BEFORE_PRONOUN_ONE.has(previous.lower));
    }
    if (match.signal === 'contrast' && word === BUT[lang]) {
      const sentence = sentences[sentenceAt(sentences, match.start)];
      if (!sentence || sentence.start === match.start) return true;
      return !CONCESSION[lang].test(masked.slice(sentence.start, match.start));
    }
    // "Yet" turns only at a clause's start ("Yet nobody called", "…, yet nobody called"); "not there
    // yet" is a time adverb.
    if (match.signal === 'contrast' && word === 'yet' && lang === 'en') {
      const before = masked.slice(Math.max(0, match.start - 6), match.start);
      const sentence = sentences[sentenceAt(sentences, match.start)];
      return sentence?.start === match.start || /(?:[,;:]|\band)\s*$/i.test(before);
    }
    return true;
  });
}
