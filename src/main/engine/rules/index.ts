import type { Lang } from '../../../shared/talk';
import { LEXICONS } from '../lexicon';
import { englishTags } from '../text/english';
import { endsWithAbbreviation, sentencesOf, wordsOf } from '../text/segment';
import { SIGNALS } from '../../../shared/signals';
import { distinctIdeas } from '../text/ideas';
import { messagesOf } from './catalogue';
import { RULE_CODE } from './code.generated';
import { concreteness } from './concreteness';
import { outsideDialogue } from './dialogue';
import { withoutPronounsAndConcessions } from './pronouns';
import { lexiconMatches } from './lexiconRules';
import type { Match, SectionContext } from './types';

// Sentences shorter than six words ("Thank you.") say too little to quote as an example.
const PLAIN_SENTENCE_WORDS = 6;
const MESSAGES: Record<Lang, Record<string, string>> = { en: messagesOf('en'), nl: messagesOf('nl') };

// The rule files' code modules (rules/code.generated.ts): their finders and keepers, in id order.
const FINDERS = RULE_CODE.flatMap((code) => (code.find ? [code.find] : []));
const KEEPERS = RULE_CODE.flatMap((code) => (code.keep ? [code.keep] : []));

/** What the rules found in one section: its matches (local offsets) and its metrics. */
export interface SectionSignals {
  matches: Match[];
  /** Rates per 100 spoken words for every signal, plus the MEASURES of shared/signals.ts. */
  metrics: Record<string, number>;
  /** The longest sentences with no signal in them: examples for flags made of absences. */
  plainSentences: string[];
}

export { SIGNALS } from '../../../shared/signals';

/** What the rules found in one run of lines: matches (offsets local to the run) and raw counts. */
export interface ChunkSignals {
  matches: Match[];
  words: number;
  sentences: number;
  ideas: string[];
  /** Concreteness (0-1) summed over the rated words, and how many were rated. */
  rated: { sum: number; count: number };
  plain: { text: string; words: number }[];
}

// About 400 words per step: at the tagger's ~28k words/s that is ~15 ms, well inside the 50 ms a
// main process may block, and an edited paragraph only re-runs its own step.
export const CHUNK_WORDS = 400;

/** Where a long line may be cut: after a sentence end, before a capital, not after an abbreviation. */
function sentenceCuts(line: string, lang: Lang): number[] {
  const cuts: number[] = [];
  const boundary = /[.!?]["”’)]?\s+(?=\p{Lu})/gu;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(line)) !== null) {
    const before = line.slice(0, match.index + 1);
    if (!endsWithAbbreviation(before, lang)) cuts.push(match.index + match[0].length);
  }
  return cuts;
}

/**
 * Where a long line may be cut: between sentences, or, in a run-on paragraph with no sentence end
 * for twice CHUNK_WORDS words, at the space after every CHUNK_WORDS words, so no step grows unbounded.
 */
function cutsOf(line: string, lang: Lang): number[] {
  const cuts = sentenceCuts(line, lang);
  const all: number[] = [];
  let from = 0;
  for (const cut of [...cuts, line.length]) {
    const words = wordsOf(line.slice(from, cut));
    for (let n = 2 * CHUNK_WORDS; n < words.length; n += CHUNK_WORDS) all.push(words[n]!.start + from);
    if (cut < line.length) all.push(cut);
    from = cut;
  }
  return all;
}

/**
 * Splits a section's mask into runs of about CHUNK_WORDS words: whole lines, and long paragraphs
 * cut between sentences, so no step is much longer than another.
 */
export function chunkRanges(masked: string, lang: Lang): { start: number; end: number }[] {
  const units: { start: number; end: number; words: number }[] = [];
  let lineStart = 0;
  while (lineStart < masked.length) {
    const newline = masked.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? masked.length : newline + 1;
    const line = masked.slice(lineStart, lineEnd);
    const words = wordsOf(line).length;
    if (words <= CHUNK_WORDS) units.push({ start: lineStart, end: lineEnd, words });
    else {
      let from = 0;
      for (const cut of [...cutsOf(line, lang), line.length]) {
        if (cut <= from) continue;
        units.push({ start: lineStart + from, end: lineStart + cut, words: wordsOf(line.slice(from, cut)).length });
        from = cut;
      }
    }
    lineStart = lineEnd;
  }
  const ranges: { start: number; end: number }[] = [];
  let current: { start: number; end: number; words: number } | null = null;
  for (const unit of units) {
    if (current && current.words + unit.words > CHUNK_WORDS && current.words > 0) {
      ranges.push({ start: current.start, end: current.end });
      current = null;
    }
    current = current ? { start: current.start, end: unit.end, words: current.words + unit.words } : { ...unit };
  }
  if (current) ranges.push({ start: current.start, end: current.end });
  return ranges.length > 0 ? ranges : [{ start: 0, end: masked.length }];
}

/** Everything a rule may look at in one run of lines: its sentences, words, tags, lists and messages. */
export function sectionContext(lang: Lang, masked: string, source: string): SectionContext {
  const sentences = sentencesOf(masked, lang);
  const words = wordsOf(masked);
  const sentenceStarts = new Set(sentences.map((sentence) => sentence.start));
  return {
    lang,
    lexicons: LEXICONS[lang],
    masked,
    source,
    sentences,
    sentenceStarts,
    words,
    tags: lang === 'en' ? englishTags(words, sentenceStarts) : new Map(),
    messages: MESSAGES[lang],
  };
}

/** Runs every rule over one run of lines. Pure; same input, same output. */
export function chunkSignals(lang: Lang, masked: string, source: string): ChunkSignals {
  const context = sectionContext(lang, masked, source);
  const { sentences, words } = context;
  // The word lists' matches, each rule's code keeping what stands, then the pronoun and concession
  // check that spans several lists; every rule's own finder; the word norms (which also give the
  // section's mean concreteness). Words inside quoted speech are someone else's (outsideDialogue).
  const norms = concreteness(context);
  const listed = [...KEEPERS, withoutPronounsAndConcessions].reduce((kept, keep) => keep(context, kept), lexiconMatches(context));
  const matches = outsideDialogue(context, [...listed, ...FINDERS.flatMap((find) => find(context)), ...norms.matches]);
  const plain = sentences
    .filter(
      (sentence) =>
        sentence.words.length >= PLAIN_SENTENCE_WORDS &&
        !matches.some((match) => match.start >= sentence.start && match.start < sentence.end),
    )
    .map((sentence) => ({ text: sentence.text, words: sentence.words.length }));
  return { matches, words: words.length, sentences: sentences.length, ideas: distinctIdeas(context), rated: norms.rated, plain };
}

/** Combines a section's runs (with their offsets in the section) into its signals and metrics. */
export function combineChunks(chunks: { offset: number; signals: ChunkSignals }[]): SectionSignals {
  const matches = chunks.flatMap(({ offset, signals }) =>
    signals.matches.map((match) => ({ ...match, start: match.start + offset, end: match.end + offset })),
  );
  matches.sort((a, b) => a.start - b.start || a.end - b.end);
  const words = chunks.reduce((sum, chunk) => sum + chunk.signals.words, 0);
  const sentences = chunks.reduce((sum, chunk) => sum + chunk.signals.sentences, 0);
  const counts: Record<string, number> = Object.fromEntries(SIGNALS.map((signal) => [signal, 0]));
  for (const match of matches) counts[match.signal] = (counts[match.signal] ?? 0) + 1;
  const per100 = words > 0 ? 100 / words : 0;
  const metrics: Record<string, number> = {};
  for (const [signal, count] of Object.entries(counts)) metrics[signal] = round(count * per100);
  metrics['personal'] = round((counts['first-singular']! + counts['second-person']!) * per100);
  metrics['words'] = words;
  metrics['sentences'] = sentences;
  metrics['avg-sentence-length'] = sentences > 0 ? round(words / sentences) : 0;
  const rated = chunks.reduce((sum, chunk) => ({ sum: sum.sum + chunk.signals.rated.sum, count: sum.count + chunk.signals.rated.count }), {
    sum: 0,
    count: 0,
  });
  // Mean concreteness of the rated words, 0-100; a section with none rated sits at the middle.
  metrics['concreteness'] = rated.count > 0 ? round((100 * rated.sum) / rated.count) : 50;
  metrics['ideas'] = round(new Set(chunks.flatMap((chunk) => chunk.signals.ideas)).size * per100);
  const plainSentences = chunks
    .flatMap((chunk) => chunk.signals.plain)
    .sort((a, b) => b.words - a.words)
    .slice(0, 3)
    .map((sentence) => sentence.text);
  return { matches, metrics, plainSentences };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
