import type { Match, SectionContext } from './types';

// A bare time word is urgency only beside a stake: "now" and "today" alone are a discourse marker
// ("Now, something interesting…") or a date ("This is today my daughter's favourite picture"). A
// coach's audit of 100 findings rejected every such one (eval/audit/findings-audit.md).
// "This year" and "every day" alike: "In Dubai this year, we've just had…" and "Every day in the rich
// world, we're bringing…" describe, they do not press (a fresh audit, eval/audit/fresh-audit.md).
const BARE = new Set(['now', 'today', 'right now', 'nu', 'vandaag', 'nu meteen', 'this year', 'every day', 'dit jaar', 'elke dag']);

/**
 * Drops the urgency findings that are a bare time word ("now", "today", "this year") in a sentence with no other urgency
 * marker (must, at risk, losing, deadline…): the stake makes the urgency, not the clock.
 */
export function withoutBareUrgency(context: SectionContext, matches: Match[]): Match[] {
  const urgency = matches.filter((match) => match.signal === 'urgency');
  if (urgency.length === 0) return matches;
  const sentenceOf = (offset: number) => context.sentences.find((sentence) => offset >= sentence.start && offset < sentence.end);
  const staked = new Set(urgency.filter((match) => !BARE.has(match.actual.toLowerCase())).map((match) => sentenceOf(match.start)));
  return matches.filter(
    (match) => match.signal !== 'urgency' || !BARE.has(match.actual.toLowerCase()) || staked.has(sentenceOf(match.start)),
  );
}

/** Which of its word list's matches this rule keeps, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { withoutBareUrgency as keep };
