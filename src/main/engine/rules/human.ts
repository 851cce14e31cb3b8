import type { Match, SectionContext } from './types';

// Tags of a next word that make a person word the head of its phrase, not a modifier: "the baby
// cries", "the family and friends", "a child care centre" ("care" is also a verb).
const NOT_A_NOUN = ['Verb', 'Adverb', 'Adjective', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Value', 'Person', 'Actor'];
// Compounds whose head is still people: "family members", "a patient group".
const PEOPLE_HEADS = new Set(['member', 'members', 'group', 'groups', 'girl', 'boy', 'brother', 'sister', 'friend', 'friends']);

/**
 * Drops an English `human` finding on a person word used as a noun modifier ("baby diaper
 * polymer", "home page", "life insurance"): a material or a product, no person in the picture (the
 * audit of 100 findings, class 1). Dutch writes such compounds as one word ("babyluier"), which the
 * list does not match.
 */
export function withoutModifierHumans(context: SectionContext, matches: Match[]): Match[] {
  if (context.lang !== 'en' || !matches.some((match) => match.signal === 'human')) return matches;
  const indexByStart = new Map(context.words.map((word, index) => [word.start, index]));
  return matches.filter((match) => {
    if (match.signal !== 'human') return true;
    const index = indexByStart.get(match.start);
    const word = index === undefined ? undefined : context.words[index];
    const next = index === undefined ? undefined : context.words[index + 1];
    if (!word || !next || word.end !== match.end) return true;
    // Adjacent, one space apart: a comma or a full stop between them ends the phrase.
    if (!/^ $/.test(context.masked.slice(word.end, next.start)) || /^\p{Lu}/u.test(next.text)) return true;
    if (context.lexicons.stopwords.has(next.lower) || PEOPLE_HEADS.has(next.lower)) return true;
    // "The baby cries", "my family lives": a word in -s may be the verb; keep the person then.
    if (/[^s]s$/.test(next.lower)) return true;
    const tags = context.tags.get(next.start);
    return tags !== undefined && NOT_A_NOUN.some((tag) => tags.has(tag));
  });
}

/** Which of its word list's matches this rule keeps, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { withoutModifierHumans as keep };
