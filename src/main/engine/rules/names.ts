import { ruleLexicon } from './catalogue';
import type { Lang } from '../../../shared/talk';
import enFirstNames from '../lexicon/en/first-names.json';
import nlFirstNames from '../lexicon/nl/first-names.json';
import { isTitle } from './dialogue';
import { findQuotations } from './quotations';
import { codeMatch, type Match, type SectionContext } from './types';

/** First names per language (zxcvbn-ts lists, see NOTICE): a capitalised one is a person, even at a sentence start. */
const FIRST_NAMES: Record<Lang, Set<string>> = { en: new Set(enFirstNames.names), nl: new Set(nlFirstNames.names) };

const isCapitalised = (text: string): boolean => /^\p{Lu}\p{Ll}/u.test(text);

// Days, months and holidays are capitalised but name no person, place or organisation: "on
// Valentine's Day", "last Monday", "in maart". A word before Day, Eve or Dag is part of a holiday.
const CALENDAR: Record<Lang, Set<string>> = {
  en: new Set(
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december christmas easter thanksgiving halloween hanukkah ramadan diwali day eve'.split(
      ' ',
    ),
  ),
  nl: new Set(
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli augustus september oktober november december kerstmis kerst pasen pinksteren sinterklaas koningsdag oudjaar dag'.split(
      ' ',
    ),
  ),
};
const HOLIDAY_NOUN = new Set(['day', 'eve', 'dag']);
// Common nouns some write with a capital: no person, place or organisation ("a new Internet backbone").
const CAPITALISED_COMMON = new Set(['internet', 'web', 'net', 'earth', 'sun', 'moon', 'mum', 'mom', 'dad', 'mama', 'papa']);
// A word right after an opening quote starts the quoted sentence: ", “The whole premise…".
const AFTER_OPENING_QUOTE = /["“„«‘']\s*$/;
const possessiveless = (lower: string): string => lower.replace(/['’]s$/, '');

/** Whether a capitalised word is a day, a month or part of a holiday's name ("Valentine's" before "Day"). */
function isCalendar(lower: string, next: string | undefined, lang: Lang): boolean {
  return CALENDAR[lang].has(possessiveless(lower)) || (next !== undefined && HOLIDAY_NOUN.has(next));
}

/**
 * Names of people (`named-people`: a first name, a title from rules/catalogue/named-people.json
 * before it, or the tagger's person) and of places and organisations (`names`).
 */
export function names(context: SectionContext): Match[] {
  const { lexicons, tags, lang } = context;
  const honorifics = new Set(ruleLexicon('named-people', context.lang).entries.map((entry) => entry.phrase.toLowerCase()));
  const matches: Match[] = [];
  // Words inside a quoted title ("Four in the Morning") name a work, not the people or places in it.
  const titles = findQuotations(context.masked).filter((quote) => isTitle(quote.inner));
  const inTitle = (offset: number): boolean => titles.some((quote) => offset > quote.start && offset < quote.end);
  for (const sentence of context.sentences) {
    sentence.words.forEach((word, index) => {
      if (!isCapitalised(word.text)) return;
      if (isCalendar(word.lower, sentence.words[index + 1]?.lower, lang)) return;
      if (CAPITALISED_COMMON.has(word.lower) || inTitle(word.start)) return;
      // The quoted sentence's first word and a function word ("The", "You") are no names.
      const opening = index === 0 || AFTER_OPENING_QUOTE.test(context.masked.slice(sentence.words[index - 1]!.end, word.start));
      if (lexicons.stopwords.has(word.lower) && !FIRST_NAMES[lang].has(word.lower)) return;
      const wordTags = tags.get(word.start);
      const firstName = FIRST_NAMES[lang].has(word.lower);
      const named =
        firstName ||
        (lang === 'en'
          ? wordTags?.has('Person') || wordTags?.has('Place') || wordTags?.has('Organization') || (!opening && wordTags?.has('ProperNoun'))
          : !opening);
      if (!named) return;
      const previous = sentence.words[index - 1];
      const person = firstName || (previous !== undefined && honorifics.has(previous.lower)) || wordTags?.has('Person');
      matches.push(codeMatch(context, person ? 'named-people' : 'names', { start: word.start, end: word.end, actual: word.text }));
    });
  }
  return matches;
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { names as find };
