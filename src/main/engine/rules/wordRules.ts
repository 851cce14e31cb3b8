import type { Severity } from '../../../shared/talk';
import type { Lang } from '../../../shared/talk';
import type { PhraseLexicon } from '../lexicon';
import enFirstNames from '../lexicon/en/first-names.json';
import nlFirstNames from '../lexicon/nl/first-names.json';
import type { Word } from '../text/segment';
import { entryRuleId } from './phraseMatcher';
import { fill, type Match, type SectionContext } from './types';

// VADER rates words from -4 to 4; 2.0 and above is a clearly felt word ("afraid" -2.2, "proud"
// 2.1), below that mild ones ("okay" 0.9). Only clear ones are pointed at; all count in the metric.
export const STRONG_VALENCE = 2;

function listMatch(lexicon: PhraseLexicon, word: Word, phrase: string): Match {
  const entry = lexicon.entries.find((candidate) => candidate.phrase.toLowerCase() === phrase) ?? { phrase };
  return {
    ruleId: entryRuleId(lexicon, entry),
    signal: lexicon.rule.signal,
    target: lexicon.rule.target,
    severity: lexicon.rule.severity as Severity,
    message: fill(lexicon.rule.message, { actual: word.text }),
    start: word.start,
    end: word.end,
    actual: word.text,
  };
}

/** First names per language (zxcvbn-ts lists, see NOTICE): a capitalised one is a person, even at a sentence start. */
const FIRST_NAMES: Record<Lang, Set<string>> = { en: new Set(enFirstNames.names), nl: new Set(nlFirstNames.names) };

const isCapitalised = (text: string): boolean => /^\p{Lu}\p{Ll}/u.test(text);

/** Abstract nouns, past tense, instructions, names and feeling words, word by word. */
export function wordMatches(context: SectionContext): Match[] {
  const { lexicons, tags, lang } = context;
  const matches: Match[] = [];
  const suffixes = lexicons.abstractNouns;
  const exceptions = new Set(suffixes.exceptions);
  const past = new Set(lexicons.pastTense.entries.map((entry) => entry.phrase.toLowerCase()));
  const ctaVerbs = new Set(lexicons.ctaVerbs.entries.map((entry) => entry.phrase.toLowerCase()));
  const naming = new Set(lexicons.naming.entries.map((entry) => entry.phrase.toLowerCase()));

  for (const sentence of context.sentences) {
    sentence.words.forEach((word, index) => {
      const wordTags = tags.get(word.start);
      const suffix =
        word.lower.length >= suffixes.minLength && !exceptions.has(word.lower)
          ? suffixes.entries.find((entry) => word.lower.endsWith(entry.phrase))
          : undefined;
      if (suffix && !(wordTags && (wordTags.has('Verb') || wordTags.has('Adjective') || wordTags.has('ProperNoun')))) {
        matches.push({ ...listMatch(suffixes, word, suffix.phrase), ruleId: `${suffixes.rule.id}.${suffix.phrase}` });
      }
      if (past.has(word.lower) || wordTags?.has('PastTense')) matches.push(listMatch(lexicons.pastTense, word, word.lower));
      if (
        index === 0 &&
        (ctaVerbs.has(word.lower) ||
          ((wordTags?.has('Imperative') || wordTags?.has('Infinitive')) && sentence.words.length > 1 && sentence.words[1]!.lower !== 'you'))
      ) {
        matches.push(listMatch(lexicons.ctaVerbs, word, word.lower));
      }
      const previous = sentence.words[index - 1];
      const firstName = isCapitalised(word.text) && FIRST_NAMES[lang].has(word.lower);
      const named =
        firstName ||
        (lang === 'en'
          ? wordTags?.has('Person') || wordTags?.has('Place') || wordTags?.has('Organization') || (index > 0 && wordTags?.has('ProperNoun'))
          : index > 0 && isCapitalised(word.text) && !lexicons.stopwords.has(word.lower));
      if (named && isCapitalised(word.text)) {
        const person = firstName || (previous && naming.has(previous.lower)) || wordTags?.has('Person');
        const message = fill(context.messages['name']!, { actual: word.text });
        matches.push({
          ruleId: person ? 'named-person' : 'name',
          signal: person ? 'namedPeople' : 'names',
          target: 'concrete+',
          severity: 'info',
          message,
          start: word.start,
          end: word.end,
          actual: word.text,
        });
      }
      const valence = lexicons.sentiment[word.lower];
      if (valence !== undefined) {
        const strong = Math.abs(valence) >= STRONG_VALENCE;
        matches.push({
          ruleId: 'sentiment',
          signal: strong ? 'strongFeeling' : 'feeling',
          target: 'emotional+',
          severity: 'info',
          message: fill(context.messages['sentiment']!, { actual: word.text, valence: valence > 0 ? `+${valence}` : String(valence) }),
          start: word.start,
          end: word.end,
          actual: word.text,
        });
      }
    });
  }
  return matches;
}

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
