import type { Lang } from '../../../shared/talk';
import enSpeechVerbs from '../lexicon/en/dialogue.json';
import nlSpeechVerbs from '../lexicon/nl/dialogue.json';
import { findQuotations } from './quotations';
import { fill, type Match, type SectionContext } from './types';

const SPEECH_VERBS: Record<Lang, Set<string>> = {
  en: new Set(enSpeechVerbs.entries.map((entry) => entry.phrase)),
  nl: new Set(nlSpeechVerbs.entries.map((entry) => entry.phrase)),
};

// How far before or after a quote a speech verb or a colon is looked for: "she said" or ", zei
// ze" sits within a few words of the quote; 40 characters is about six words.
const CONTEXT_CHARS = 40;
// A whole spoken clause without a verb around it ("We are closed.") has at least four words and
// ends in its own punctuation; a two-word term in quotes is a scare quote, a title has no stop.
const CLAUSE_WORDS = 4;

function isSpoken(masked: string, start: number, end: number, inner: string, verbs: Set<string>): boolean {
  const before = masked.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = masked.slice(end, end + CONTEXT_CHARS);
  if (/:\s*$/.test(before)) return true;
  const near = `${before.split(/[.!?]\s/).pop() ?? ''} ${after.split(/[.!?]\s/)[0] ?? ''}`.toLowerCase();
  if ((near.match(/\p{L}+/gu) ?? []).some((word) => verbs.has(word))) return true;
  const words = inner.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= CLAUSE_WORDS && /[.!?,…]\s*$/.test(inner);
}

/** Quoted speech: a quote with a speech verb or a colon beside it, or a whole spoken clause. */
export function dialogueMatches(context: SectionContext): Match[] {
  const { masked, messages, lang } = context;
  const matches: Match[] = [];
  // Every quotation style counts alike (curly, straight, low and guillemets), so typing straight
  // quotes for curly ones changes no score.
  for (const { start, end, inner } of findQuotations(masked)) {
    const actual = masked.slice(start, end);
    if (!/\p{L}{2}/u.test(inner) || !isSpoken(masked, start, end, inner, SPEECH_VERBS[lang])) continue;
    matches.push({
      ruleId: 'dialogue',
      signal: 'dialogue',
      target: 'stories+',
      severity: 'info',
      message: fill(messages['dialogue']!, { actual }),
      start,
      end,
      actual,
    });
  }
  return matches;
}
