import type { SectionContext } from '../rules/types';

/** The distinct ideas a text juggles: content nouns (English) or long content words (Dutch). */
export function distinctIdeas(context: SectionContext): string[] {
  const ideas = new Set<string>();
  for (const word of context.words) {
    if (context.lexicons.stopwords.has(word.lower) || /^\d/.test(word.lower)) continue;
    const wordTags = context.tags.get(word.start);
    // Dutch has no tagger here: long content words stand in for nouns (compounds such as
    // "klanttevredenheid" are one idea each). Seven letters leaves out most verbs and function words.
    const isIdea =
      context.lang === 'en'
        ? wordTags
          ? wordTags.has('Noun') && !wordTags.has('Pronoun')
          : word.lower.length >= 7
        : word.lower.length >= 7;
    if (isIdea) ideas.add(word.lower.replace(/s$/, ''));
  }
  return [...ideas];
}
