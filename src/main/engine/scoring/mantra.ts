import type { Lang } from '../../../shared/talk';
import { LEXICONS } from '../lexicon';
import enStock from '../lexicon/en/stock-words.json';
import nlStock from '../lexicon/nl/stock-words.json';
import { sentencesOf, wordsOf } from '../text/segment';
import { trimEndOf } from '../text/trim';

/** Lower-case words joined by single spaces: how phrases are compared. */
export function normalisePhrase(text: string): string {
  return wordsOf(text)
    .map((word) => word.lower)
    .join(' ');
}

// A mantra is a short line the speaker means the audience to repeat (DOMAIN.md, "What counts as
// evidence"): a whole sentence of three to twelve words (a line people can say back; "Thank you."
// is too short, a paragraph too long), said word for word in two sections, three times in all, or
// twice in the closing section.
// A phrase that merely recurs inside longer sentences ("the customer", "call to action") is not one.
const MIN_WORDS = 2; // "Customers first." is a mantra; "Thank you." is not (see hasOwnWord)
const MAX_WORDS = 12;
const MIN_SECTIONS = 2;
const MIN_TIMES = 3;

const STOCK: Record<Lang, Set<string>> = {
  en: new Set(enStock.entries.map((entry) => entry.phrase)),
  nl: new Set(nlStock.entries.map((entry) => entry.phrase)),
};
// A word of four letters or more that is neither a function word nor a stock line's word.
const OWN_WORD_LETTERS = 4;

/** Whether a sentence says something of its own: not only function words and stock-line words. */
function hasOwnWord(words: { lower: string }[], lang: Lang): boolean {
  return words.some(
    (word) => word.lower.length >= OWN_WORD_LETTERS && !LEXICONS[lang].stopwords.has(word.lower) && !STOCK[lang].has(word.lower),
  );
}

/** How a section's spoken mask is cut into sentences and lower-case words: the engine passes remembering ones. */
export interface SectionReader {
  sentences: (masked: string) => ReturnType<typeof sentencesOf>;
  lowerWords: (masked: string) => string[];
  /** A value derived from a section's mask, remembered between analyses where the reader can. */
  remember: <T>(kind: string, masked: string, compute: () => T) => T;
}

/** A reader that computes everything afresh. */
export const plainReader = (lang: Lang): SectionReader => ({
  sentences: (masked) => sentencesOf(masked, lang),
  lowerWords: (masked) => wordsOf(masked).map((word) => word.lower),
  remember: (_kind, _masked, compute) => compute(),
});

/** A short sentence repeated word for word across the talk, if any: a candidate mantra. Takes each section's spoken mask. */
export function repeatedSentence(sections: string[], lang: Lang, reader = plainReader(lang)): string | null {
  const seen = new Map<string, { text: string; times: number; sections: Set<number> }>();
  // A section's candidate lines depend on its text alone: remembered, so an edit re-reads one section.
  const candidates = (masked: string): { key: string; text: string }[] =>
    reader.remember(`mantra-lines:${lang}`, masked, () =>
      reader
        .sentences(masked)
        .filter((sentence) => sentence.words.length >= MIN_WORDS && sentence.words.length <= MAX_WORDS && hasOwnWord(sentence.words, lang))
        .map((sentence) => ({ key: sentence.words.map((word) => word.lower).join(' '), text: sentence.text.trim() })),
    );
  sections.forEach((masked, index) => {
    for (const { key, text } of candidates(masked)) {
      const entry = seen.get(key) ?? { text, times: 0, sections: new Set<number>() };
      entry.times++;
      entry.sections.add(index);
      seen.set(key, entry);
    }
  });
  let best: { text: string; times: number; sections: Set<number> } | null = null;
  for (const entry of seen.values()) {
    // A line said twice in the closing section is the talk's last word, said to be remembered.
    const closing = entry.times >= MIN_SECTIONS && entry.sections.has(sections.length - 1);
    if (entry.sections.size < MIN_SECTIONS && entry.times < MIN_TIMES && !closing) continue;
    if (!best || entry.times > best.times || (entry.times === best.times && entry.text.length > best.text.length)) best = entry;
  }
  return best ? trimEndOf(best.text, '.!?') : null;
}

// A suggested mantra is a line of four to ten words (short enough to say back, long enough to
// carry the point) that closes the talk (its last two sections), where a talk's line belongs, built
// from the words the talk keeps coming back to. A line said once in the opening is not a mantra
// (DOMAIN.md: a mantra recurs or closes); neither is a heading nor a sign-off.
const SUGGEST_MIN_WORDS = 4;
const SUGGEST_MAX_WORDS = 10;
// A key word of the talk is a content word of four letters or more heard in at least two sections.
const KEY_WORD_LETTERS = 4;
const KEY_WORD_SECTIONS = 2;
// How a talk takes its leave: a line that starts so is a sign-off, never a mantra.
const SIGN_OFF: Record<Lang, RegExp> = {
  en: /^(?:until next time|till next time|see you|thank you|thanks|goodbye|good night|take care|bye|have a (?:great|good|nice))\b/,
  nl: /^(?:tot de volgende keer|tot volgende keer|tot ziens|tot snel|dank je|dank u|bedankt|dankjewel|dankuwel|fijne dag|het ga je goed)\b/,
};

/** Whether a line is a sign-off ("Until next time, keep …", "Tot de volgende keer"). */
export const isSignOff = (text: string, lang: Lang): boolean => SIGN_OFF[lang].test(normalisePhrase(text));

/**
 * When a talk has no mantra: a short sentence from its close that could become one, if any; never
 * a sign-off, nor a line that is one of `headings` (a section's or slide's title read as text).
 */
export function suggestMantra(sections: string[], lang: Lang, reader = plainReader(lang), headings: readonly string[] = []): string | null {
  if (sections.length === 0) return null;
  const stopwords = LEXICONS[lang].stopwords;
  const content = (text: string): string[] =>
    reader.lowerWords(text).filter((word) => word.length >= KEY_WORD_LETTERS && !stopwords.has(word));
  const heardIn = new Map<string, number>();
  const distinct = (masked: string): string[] => reader.remember(`mantra-words:${lang}`, masked, () => [...new Set(content(masked))]);
  for (const masked of sections) for (const word of distinct(masked)) heardIn.set(word, (heardIn.get(word) ?? 0) + 1);
  const titles = new Set(headings.map(normalisePhrase));
  const places = [...new Set([sections.length - 1, Math.max(0, sections.length - 2)])];
  let best: { text: string; weight: number } | null = null;
  for (const index of places) {
    for (const sentence of reader.sentences(sections[index]!)) {
      const count = sentence.words.length;
      if (count < SUGGEST_MIN_WORDS || count > SUGGEST_MAX_WORDS || sentence.text.endsWith('?')) continue;
      if (isSignOff(sentence.text, lang) || titles.has(normalisePhrase(sentence.text))) continue;
      const weight = content(sentence.text).filter((word) => (heardIn.get(word) ?? 0) >= KEY_WORD_SECTIONS).length;
      // The close is looked at first and wins a tie: that is where a mantra is said last.
      if (weight > 0 && (!best || weight > best.weight)) best = { text: trimEndOf(sentence.text, '.!…'), weight };
    }
  }
  return best?.text ?? null;
}
