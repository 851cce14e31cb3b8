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

/** The longest phrase repeated across most sections, if any: a candidate mantra. Takes each section's lower-case words. */
export function mostRepeatedPhrase(sections: string[][], lang: Lang): string | null {
  const stopwords = LEXICONS[lang].stopwords;
  const isContent = (word: string): boolean => word.length > 2 && !stopwords.has(word);
  // Grow phrases one word at a time from pairs holding a content word, keeping only those heard in
  // two or more sections: a phrase can only repeat if its first part does.
  let repeated: Set<string> | null = null;
  let best: { phrase: string; sections: number } | null = null;
  for (let size = 2; size <= MAX_WORDS; size++) {
    const lastSection = new Map<string, number>();
    const count = new Map<string, number>();
    sections.forEach((words, sectionIndex) => {
      for (let i = 0; i + size <= words.length; i++) {
        if (repeated ? !repeated.has(words.slice(i, i + size - 1).join(' ')) : !isContent(words[i]!) && !isContent(words[i + 1]!)) continue;
        const key = words.slice(i, i + size).join(' ');
        if (lastSection.get(key) === sectionIndex) continue;
        lastSection.set(key, sectionIndex);
        count.set(key, (count.get(key) ?? 0) + 1);
      }
    });
    repeated = new Set([...count].filter(([, sectionCount]) => sectionCount >= MIN_SECTIONS).map(([key]) => key));
    if (repeated.size === 0) break;
    if (size < MIN_WORDS) continue;
    for (const phrase of repeated) {
      const sectionCount = count.get(phrase)!;
      if (phrase.split(' ').filter(isContent).length < 2) continue; // "and the way" is not a mantra
      const better =
        !best ||
        sectionCount > best.sections ||
        (sectionCount === best.sections &&
          (phrase.length > best.phrase.length || (phrase.length === best.phrase.length && phrase < best.phrase)));
      if (better) best = { phrase, sections: sectionCount };
    }
  }
  return best?.phrase ?? null;
}
