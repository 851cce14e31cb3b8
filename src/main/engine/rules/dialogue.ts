import type { Lang } from '../../../shared/talk';
import dialogueRule from './catalogue/dialogue.json';
import type { Sentence } from '../text/segment';
import { findQuotations } from './quotations';
import { codeMatch, fill, type Match, type SectionContext } from './types';

// What a quoted "I" and "you" are, said on the finding (rules/catalogue/dialogue.json `words.<lang>.quoted`).
const QUOTED: Record<Lang, Record<'first-person', string>> = { en: dialogueRule.words.en.quoted, nl: dialogueRule.words.nl.quoted };
const SPEECH_VERBS: Record<Lang, Set<string>> = {
  en: new Set(dialogueRule.words.en.entries.map((entry) => entry.phrase)),
  nl: new Set(dialogueRule.words.nl.entries.map((entry) => entry.phrase)),
};

// How far before or after a quote a speech verb or a colon is looked for: "she said" or ", zei
// ze" sits within a few words of the quote; 40 characters is about six words.
const CONTEXT_CHARS = 40;
// A whole spoken clause without a verb around it ("We are closed.") has at least four words and
// ends in its own stop; a two-word term in quotes is a scare quote, a title has no stop.
const CLAUSE_WORDS = 4;

// Words that put a term in quotes to mention it, not to report speech: "I should say “smart
// enough,”", "what they call “synergy”", "the word “no”" (the audit of 100 findings, class 8).
const MENTION_BEFORE = new Set(
  'say call calls called termed dubbed named word term phrase label so-called zeggen noem noemen noemt noemde heet woord term'.split(' '),
);
// Small words a title leaves lower-case: "Four in the Morning", "De Kleine Zeemeermin".
const TITLE_SMALL_WORDS = new Set('a an the of in on at to for and or but by with de het een van in op aan voor en of met'.split(' '));

/** Whether a quote is a title: two or more words, every one but the small words capitalised ("It's Four in the Morning"). */
export function isTitle(inner: string): boolean {
  const words = inner.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const content = words.filter((word) => !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  return words.length >= 2 && content.length >= 2 && content.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

function isSpoken(masked: string, start: number, end: number, inner: string, verbs: Set<string>): boolean {
  const before = masked.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = masked.slice(end, end + CONTEXT_CHARS);
  const words = inner.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (isTitle(inner)) return false;
  if (/:\s*$/.test(before)) return true;
  const previous = (before.trimEnd().split(/\s/).pop() ?? '').toLowerCase();
  if (words.length < CLAUSE_WORDS && MENTION_BEFORE.has(previous)) return false;
  const near = `${before.split(/[.!?]\s/).pop() ?? ''} ${after.split(/[.!?]\s/)[0] ?? ''}`.toLowerCase();
  if ((near.match(/\p{L}+/gu) ?? []).some((word) => verbs.has(word))) return true;
  // A whole clause ends in its own stop; a trailing comma alone ends a title or a term as well.
  return words.length >= CLAUSE_WORDS && /[.!?…]\s*$/.test(inner);
}

/** The quotes of spoken words in a section: a speech verb or a colon beside them, or a whole spoken clause. */
function spokenQuotes(masked: string, lang: Lang): { start: number; end: number; inner: string }[] {
  return findQuotations(masked).filter(
    ({ start, end, inner }) => /\p{L}{2}/u.test(inner) && isSpoken(masked, start, end, inner, SPEECH_VERBS[lang]),
  );
}

/** Quoted speech: a quote with a speech verb or a colon beside it, or a whole spoken clause. */
export function dialogueMatches(context: SectionContext): Match[] {
  // Every quotation style counts alike (curly, straight, low and guillemets), so typing straight
  // quotes for curly ones changes no score.
  return spokenQuotes(context.masked, context.lang).map(({ start, end }) =>
    codeMatch(context, 'dialogue', { start, end, actual: context.masked.slice(start, end) }),
  );
}

// Whose "I" and "you" a quote holds (the audit of 100 findings, class 7): someone else's quote
// holds theirs ("he said: “I have never seen Mark Twain”"), not the speaker's and the audience's;
// the speaker's own quote holds the speaker's "I" but the "you" of whoever they spoke to ("I asked
// my daughter, “When I was your age…”"); a quote said to this room holds both ("me telling you,
// “Hey, you know…”", "ik zeg tegen u: “…”").
// About 150 words: a quoted paragraph, the longest a speaker reads out in one breath of a story.
const LONG_QUOTE_CHARS = 1000;
// What the speaker says to this audience: "you", an instruction, an ask, a reason to act now, a
// question to the room. Inside someone else's quote (or the speaker's own words to someone in the
// story) they are said to someone else: a crew member's "Stop.", a clerk's "moet", a nurse's
// question (eval/audit/fresh-audit.md).
const ADDRESSED = ['second-person', 'imperatives', 'call-to-action', 'urgency', 'questions'];
const PERSON_SIGNALS = { i: new Set(['first-singular', 'first-person-action']), you: new Set(ADDRESSED) };
const SPEAKER: Record<Lang, RegExp> = { en: /\b(?:I|me)\b/i, nl: /(?<!\p{L})(?:ik|mij|me)(?!\p{L})/iu };
const AUDIENCE: Record<Lang, RegExp> = { en: /\byou\b/i, nl: /(?<!\p{L})(?:u|jullie|je|jou)(?!\p{L})/iu };
// The speaker's own speech verbs in the present, which the dialogue list (narration) lacks.
const OWN_SPEECH: Record<Lang, string[]> = {
  en: ['say', 'ask', 'tell', 'telling'],
  nl: ['zeg', 'vraag', 'antwoord', 'roep', 'denk', 'schrijf'],
};

/** A quote of spoken words and the signals inside it that are someone else's, not the speaker's to this room. */
export interface QuotedSpeech {
  start: number;
  end: number;
  signals: Set<string>;
}

/**
 * The section's quoted speech that is not said to this room, and what inside it is someone else's:
 * in someone else's quote their "I" and everything addressed; in the speaker's words to someone in
 * the story what is addressed. A quote the speaker says to this audience ("I ask you: “…”") is none.
 */
export function quotedSpeech(context: SectionContext): QuotedSpeech[] {
  // Asked by the quote filter, the questions and the call to action of one run of lines: found once.
  let found = QUOTED_SPEECH.get(context);
  if (!found) QUOTED_SPEECH.set(context, (found = findQuotedSpeech(context)));
  return found;
}

const QUOTED_SPEECH = new WeakMap<SectionContext, QuotedSpeech[]>();

function findQuotedSpeech(context: SectionContext): QuotedSpeech[] {
  const { lang, masked } = context;
  const masks: QuotedSpeech[] = [];
  const quoted = spokenQuotes(masked, lang).map(({ start, end }) => ({ start, end, actual: masked.slice(start, end) }));
  const seen = new Set(quoted.map((quote) => quote.start));
  // A story's quote may run longer than a dialogue finding's 300 characters (Twain's stranger talks
  // for a paragraph): still someone else's "I".
  for (const { start, end, inner } of findQuotations(masked, LONG_QUOTE_CHARS))
    if (!seen.has(start) && isSpoken(masked, start, end, inner, SPEECH_VERBS[lang]))
      quoted.push({ start, end, actual: masked.slice(start, end) });
  for (const quote of quoted) {
    const before =
      masked
        .slice(Math.max(0, quote.start - CONTEXT_CHARS), quote.start)
        .split(/[.!?]["”’]?\s|["“”„«»]/)
        .pop() ?? '';
    // A quote that ends its sentence ("…seen you.") has no attribution after it.
    const closed = /[.!?…]\s*["”’»]?$/.test(quote.actual);
    const after = closed ? '' : (masked.slice(quote.end, quote.end + CONTEXT_CHARS).split(/[.!?]["”’]?\s|["“”„«»]/)[0] ?? '');
    const around = `${before} ${after}`;
    const words = (around.toLowerCase().match(/\p{L}+/gu) ?? []) as string[];
    const speaking = SPEAKER[lang].test(around) && words.some((word) => SPEECH_VERBS[lang].has(word) || OWN_SPEECH[lang].includes(word));
    if (speaking && AUDIENCE[lang].test(before)) continue;
    masks.push({
      start: quote.start,
      end: quote.end,
      signals: speaking ? PERSON_SIGNALS.you : new Set([...PERSON_SIGNALS.i, ...PERSON_SIGNALS.you]),
    });
  }
  return masks;
}

/** A section's text with spans (sorted by start, possibly overlapping) blanked to spaces, same length. Linear. */
function blank(masked: string, spans: { start: number; end: number }[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (end <= at) continue;
    parts.push(masked.slice(at, Math.max(at, start)), ' '.repeat(end - Math.max(at, start)));
    at = end;
  }
  return parts.join('') + masked.slice(at);
}

/**
 * Quotes whose `signal` is said to someone else than this room ("My manager said: “Call one
 * customer.”"): for the sentence at an index, its own words outside them, read against the text with
 * them blanked; null when it holds none. A quote is at most a paragraph long, so each touches a few
 * sentences: linear.
 */
export function sentencesOutsideQuotes(
  context: SectionContext,
  signal: string,
): (index: number) => { sentence: Sentence; context: SectionContext } | null {
  const { sentences } = context;
  const quotes = quotedSpeech(context)
    .filter((quote) => quote.signals.has(signal))
    .sort((a, b) => a.start - b.start);
  const touched = new Map<number, { start: number; end: number }[]>();
  for (const quote of quotes) {
    // The first sentence ending after the quote opens (sentences are in order, so are their ends).
    let low = 0;
    for (let high = sentences.length; low < high;) {
      const middle = (low + high) >> 1;
      if (sentences[middle]!.end > quote.start) high = middle;
      else low = middle + 1;
    }
    for (let i = low; i < sentences.length && sentences[i]!.start < quote.end; i++) touched.set(i, [...(touched.get(i) ?? []), quote]);
  }
  let blanked: SectionContext | null = null;
  return (index) => {
    const inside = touched.get(index);
    if (!inside) return null;
    const sentence = sentences[index]!;
    blanked ??= { ...context, masked: blank(context.masked, quotes) };
    const words = sentence.words.filter((word) => !inside.some((quote) => word.start >= quote.start && word.end <= quote.end));
    return { sentence: { ...sentence, words }, context: blanked };
  };
}

/** Inside quoted speech: drops what is said to someone else ("you", instructions, asks, urgency, questions), and says of someone else's "I" whose it is. */
export function outsideDialogue(context: SectionContext, matches: Match[]): Match[] {
  const { lang } = context;
  const masks = quotedSpeech(context);
  if (masks.length === 0) return matches;
  // A quoted "you" is not the audience: dropped (TED held out, Unexpected 0.30 -> 0.32). A quoted
  // "I" still counts as first person (the scores were fitted on every "I" a talk says, and story
  // passages told in dialogue need it), but the finding says whose it is.
  return matches.flatMap((match) => {
    if (!masks.some((mask) => mask.signals.has(match.signal) && match.start > mask.start && match.end < mask.end)) return [match];
    if (ADDRESSED.includes(match.signal ?? '')) return [];
    return [{ ...match, ruleId: `${match.signal}.quoted`, message: fill(QUOTED[lang]['first-person'], { actual: match.actual }) }];
  });
}

/** What this rule finds, run by the engine for every rule file naming this module (rules/code.generated.ts). */
export { dialogueMatches as find };
