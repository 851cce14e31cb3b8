import nlp from 'compromise/two';

/**
 * Part-of-speech tags for English text from compromise's tagger-only build (about four times
 * faster than the full build, and it has every tag Sticky asks for), keyed by each word's start
 * offset in the text.
 */
export function englishTags(text: string): Map<number, Set<string>> {
  const tags = new Map<number, Set<string>>();
  if (text.trim() === '') return tags;
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as {
    terms: { tags: string[]; offset: { start: number; length: number } }[];
  }[];
  for (const sentence of json) for (const term of sentence.terms) tags.set(term.offset.start, new Set(term.tags));
  return tags;
}
