import type { Severity } from '../../../shared/talk';
import type { PhraseLexicon } from '../lexicon';
import type { Word } from '../text/segment';
import { entryRuleId, phraseMatcher } from './phraseMatcher';
import { fill, type Match, type SectionContext } from './types';

/** Matches every phrase list of the section's language (jargon, corporate speak, emotion, ...). */
export function lexiconMatches(context: SectionContext): Match[] {
  const matches: Match[] = [];
  for (const lexicon of context.lexicons.phrases) {
    const { rule } = lexicon;
    for (const hit of phraseMatcher(lexicon).find(context.masked)) {
      matches.push({
        ruleId: entryRuleId(lexicon, hit.entry),
        signal: rule.signal,
        target: rule.target,
        severity: rule.severity as Severity,
        message: fill(rule.message, { actual: hit.actual }),
        start: hit.start,
        end: hit.end,
        actual: hit.actual,
        ...(hit.entry.swap ? { expected: hit.entry.swap } : {}),
      });
    }
  }
  return matches;
}

/** A finding for one word of a list matched in code (a suffix, a past-tense form): the list's rule, message and entry id. */
export function listMatch(lexicon: PhraseLexicon, word: Word, phrase: string): Match {
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
