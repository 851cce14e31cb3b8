import type { Lang } from '../../../shared/talk';
import enFirstNames from '../lexicon/en/first-names.json';
import nlFirstNames from '../lexicon/nl/first-names.json';
import { codeMatch, type Match, type SectionContext } from './types';

/** First names per language (zxcvbn-ts lists, see NOTICE): a capitalised one is a person, even at a sentence start. */
const FIRST_NAMES: Record<Lang, Set<string>> = { en: new Set(enFirstNames.names), nl: new Set(nlFirstNames.names) };

const isCapitalised = (text: string): boolean => /^\p{Lu}\p{Ll}/u.test(text);

/**
 * Names of people (`named-people`: a first name, a title from lexicon/<lang>/named-people.json
 * before it, or the tagger's person) and of places and organisations (`names`).
 */
export function names(context: SectionContext): Match[] {
  const { lexicons, tags, lang } = context;
  const titles = new Set(lexicons.namedPeople.entries.map((entry) => entry.phrase.toLowerCase()));
  const matches: Match[] = [];
  for (const sentence of context.sentences) {
    sentence.words.forEach((word, index) => {
      if (!isCapitalised(word.text)) return;
      const wordTags = tags.get(word.start);
      const firstName = FIRST_NAMES[lang].has(word.lower);
      const named =
        firstName ||
        (lang === 'en'
          ? wordTags?.has('Person') || wordTags?.has('Place') || wordTags?.has('Organization') || (index > 0 && wordTags?.has('ProperNoun'))
          : index > 0 && !lexicons.stopwords.has(word.lower));
      if (!named) return;
      const previous = sentence.words[index - 1];
      const person = firstName || (previous !== undefined && titles.has(previous.lower)) || wordTags?.has('Person');
      matches.push(
        codeMatch(context, person ? 'named-people' : 'names', 'concrete+', { start: word.start, end: word.end, actual: word.text }),
      );
    });
  }
  return matches;
}
