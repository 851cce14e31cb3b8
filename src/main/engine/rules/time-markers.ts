import { ruleLexicon } from './catalogue';
import { regexMatches, spanOf } from './regex';
import type { Lang } from '../../../shared/talk';
import { codeMatch, sentenceAt, type Match, type SectionContext } from './types';

// Years from 1800 to 2099: the span of the stories a CX talk tells.
const YEAR = /(?<![\p{L}\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;

/** Years as time markers ("in 2013"); the phrases ("last week", "vorige week") come from rules/catalogue/time-markers.json. */
export function timeMarkers(context: SectionContext): Match[] {
  return regexMatches(context.masked, YEAR, (hit) => codeMatch(context, 'time-markers', spanOf(hit), { entry: 'year' }));
}

// "That day", "die nacht": a moment in a story, unless the sentence looks ahead ("When that day
// finally comes, as it will"; the audit of 100 findings, class 7). A past verb settles it; a
// present-tense story ("That night I sit in the kitchen") keeps its moment.
const DEMONSTRATIVE_TIME = /^(?:that|die)\s/i;
const AHEAD: Record<Lang, RegExp> = {
  en: /\b(?:will|shall|going to)\b|['’]ll\b|^\W*(?:when|if|until|once|whenever)\b/i,
  nl: /(?<!\p{L})(?:zal|zullen|zult|gaat|gaan)(?!\p{L})|^\W*(?:als|wanneer|tot|zodra)(?!\p{L})/iu,
};

const pastSets = new WeakMap<object, Set<string>>();

/** The past-tense list of a section's language as a set of lower-case forms, built once per list. */
export function pastForms(context: SectionContext): Set<string> {
  const lexicon = ruleLexicon('past-tense', context.lang);
  let forms = pastSets.get(lexicon);
  if (!forms) pastSets.set(lexicon, (forms = new Set(lexicon.entries.map((entry) => entry.phrase.toLowerCase()))));
  return forms;
}

/** Drops "that day"/"die dag" findings in a sentence that looks ahead, unless their own clause has a past verb. */
export function withoutFutureMoments(context: SectionContext, matches: Match[]): Match[] {
  if (!matches.some((match) => match.signal === 'time-markers' && DEMONSTRATIVE_TIME.test(match.actual))) return matches;
  const past = pastForms(context);
  return matches.filter((match) => {
    if (match.signal !== 'time-markers' || !DEMONSTRATIVE_TIME.test(match.actual)) return true;
    const sentence = context.sentences[sentenceAt(context.sentences, match.start)];
    if (!sentence) return true;
    // The clause around the moment, between commas: "When that day finally comes, as it will, … they were".
    const from = context.masked.lastIndexOf(',', match.start) + 1;
    const comma = context.masked.indexOf(',', match.end);
    const to = comma === -1 ? sentence.end : Math.min(comma, sentence.end);
    const told = sentence.words.some(
      (word) => word.start >= from && word.end <= to && (past.has(word.lower) || context.tags.get(word.start)?.has('PastTense')),
    );
    return told || !AHEAD[context.lang].test(sentence.text);
  });
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { timeMarkers as find };

/** Which of its word list's matches this rule keeps, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { withoutFutureMoments as keep };
