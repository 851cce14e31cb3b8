import type { Lang } from '../../../shared/talk';
import { sentencesOf, wordsOf } from '../text/segment';

/** Lower-case words joined by single spaces: how phrases are compared. */
export function normalisePhrase(text: string): string {
  return wordsOf(text)
    .map((word) => word.lower)
    .join(' ');
}

// A mantra is a short line the speaker means the audience to repeat (DOMAIN.md, "What counts as
// evidence"): a whole sentence of three to twelve words (a line people can say back; "Thank you."
// is too short, a paragraph too long), said word for word in two sections or three times in all.
// A phrase that merely recurs inside longer sentences ("the customer", "call to action") is not one.
const MIN_WORDS = 3;
const MAX_WORDS = 12;
const MIN_SECTIONS = 2;
const MIN_TIMES = 3;

/** A short sentence repeated word for word across the talk, if any: a candidate mantra. Takes each section's spoken mask. */
export function repeatedSentence(sections: string[], lang: Lang): string | null {
  const seen = new Map<string, { text: string; times: number; sections: Set<number> }>();
  sections.forEach((masked, index) => {
    for (const sentence of sentencesOf(masked, lang)) {
      if (sentence.words.length < MIN_WORDS || sentence.words.length > MAX_WORDS) continue;
      const key = sentence.words.map((word) => word.lower).join(' ');
      const entry = seen.get(key) ?? { text: sentence.text.trim(), times: 0, sections: new Set<number>() };
      entry.times++;
      entry.sections.add(index);
      seen.set(key, entry);
    }
  });
  let best: { text: string; times: number; sections: Set<number> } | null = null;
  for (const entry of seen.values()) {
    if (entry.sections.size < MIN_SECTIONS && entry.times < MIN_TIMES) continue;
    if (!best || entry.times > best.times || (entry.times === best.times && entry.text.length > best.text.length)) best = entry;
  }
  return best ? best.text.replace(/[.!?]+$/, '') : null;
}
