import type { Severity } from '../../../shared/talk';
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
