import type { Severity } from '../../../shared/talk';
import type { LexiconEntry, LexiconRule, PhraseLexicon } from '../lexicon';
import type { Word } from '../text/segment';
import { entryRuleId, phraseMatcher } from './phraseMatcher';
import { fill, type Match, type SectionContext } from './types';

/** A finding of a word list's rule over a span: its signal, target, severity and message, under `ruleId` (the list's id, or `id.entry`). */
export function ruleMatch(
  rule: LexiconRule,
  ruleId: string,
  span: { start: number; end: number; actual: string },
  expected?: string[],
): Match {
  return {
    ruleId,
    signal: rule.signal,
    target: rule.target,
    severity: rule.severity as Severity,
    message: fill(rule.variants?.[ruleId.slice(rule.id.length + 1)] ?? rule.message, { ...rule.thresholds, actual: span.actual }),
    start: span.start,
    end: span.end,
    actual: span.actual,
    ...(expected ? { expected } : {}),
  };
}

/** Matches every phrase list of the section's language (jargon, corporate speak, emotion, ...). */
export function lexiconMatches(context: SectionContext): Match[] {
  const matches: Match[] = [];
  for (const lexicon of context.lexicons.phrases)
    for (const hit of phraseMatcher(lexicon).find(context.masked))
      matches.push(ruleMatch(lexicon.rule, entryRuleId(lexicon, hit.entry), hit, hit.entry.swap));
  return matches;
}

// Each list's entries by lower-case phrase, built once per list (a list is looked up for every word).
const entriesByPhrase = new WeakMap<PhraseLexicon, Map<string, LexiconEntry>>();

/** A finding for one word of a list matched in code (a suffix, a past-tense form): the list's rule, message and entry id. */
export function listMatch(lexicon: PhraseLexicon, word: Word, phrase: string): Match {
  let entries = entriesByPhrase.get(lexicon);
  if (!entries) entriesByPhrase.set(lexicon, (entries = new Map(lexicon.entries.map((entry) => [entry.phrase.toLowerCase(), entry]))));
  const entry = entries.get(phrase) ?? { phrase };
  return ruleMatch(lexicon.rule, entryRuleId(lexicon, entry), { start: word.start, end: word.end, actual: word.text });
}
