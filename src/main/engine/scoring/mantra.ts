import type { Lang } from '../../../shared/talk';
import { LEXICONS } from '../lexicon';
import { wordsOf } from '../text/segment';

/** Lower-case words joined by single spaces: how phrases are compared. */
export function normalisePhrase(text: string): string {
  return wordsOf(text)
    .map((word) => word.lower)
    .join(' ');
}

// A mantra candidate is three to eight words (a line people can repeat) heard in at least two
// sections; shorter ones are idioms ("of the customer"), longer ones are paragraphs.
const MIN_WORDS = 3;
const MAX_WORDS = 8;
const MIN_SECTIONS = 2;

/** The longest phrase repeated across most sections, if any: a candidate mantra. */
export function mostRepeatedPhrase(sectionTexts: string[], lang: Lang): string | null {
  const stopwords = LEXICONS[lang].stopwords;
  const seenIn = new Map<string, Set<number>>();
  sectionTexts.forEach((text, sectionIndex) => {
    const words = wordsOf(text).map((word) => word.lower);
    for (let size = MIN_WORDS; size <= MAX_WORDS; size++) {
      for (let i = 0; i + size <= words.length; i++) {
        const gram = words.slice(i, i + size);
        const content = gram.filter((word) => !stopwords.has(word) && word.length > 2).length;
        if (content < 2) continue; // "and the way" is not a mantra
        const key = gram.join(' ');
        const sections = seenIn.get(key) ?? new Set<number>();
        sections.add(sectionIndex);
        seenIn.set(key, sections);
      }
    }
  });
  let best: { phrase: string; sections: number } | null = null;
  for (const [phrase, sections] of seenIn) {
    if (sections.size < MIN_SECTIONS) continue;
    const better =
      !best ||
      sections.size > best.sections ||
      (sections.size === best.sections && phrase.length > best.phrase.length) ||
      (sections.size === best.sections && phrase.length === best.phrase.length && phrase < best.phrase);
    if (better) best = { phrase, sections: sections.size };
  }
  return best?.phrase ?? null;
}
