import type { Lang } from '../../../shared/talk';
import enConcreteness from '../lexicon/en/concreteness.json';
import enRareWords from '../lexicon/en/rare-words.json';
import nlConcreteness from '../lexicon/nl/concreteness.json';
import nlRareWords from '../lexicon/nl/rare-words.json';

/** A language's word norms: concreteness 0-1 per word, and familiarity by frequency rank. */
export interface WordNorms {
  concreteness: Map<string, number>;
  rank: Map<string, number>;
  /** Without a frequency list (rank empty), a word this long counts as hard; both languages have a list now. */
  longWord: number;
}

function norms(
  concreteness: { words: Record<string, number> },
  familiarity: { words: string[]; longWord: number; everyday?: string[] },
): WordNorms {
  const rank = new Map(familiarity.words.map((word, index) => [word, index]));
  // Everyday words the subtitle counts underrate rank as the most familiar.
  for (const word of familiarity.everyday ?? []) rank.set(word, 0);
  return {
    concreteness: new Map(Object.entries(concreteness.words)),
    rank,
    longWord: familiarity.longWord,
  };
}

/** Word norms per language (lexicon/<lang>/concreteness.json and rare-words.json). */
export const WORD_NORMS: Record<Lang, WordNorms> = { en: norms(enConcreteness, enRareWords), nl: norms(nlConcreteness, nlRareWords) };

// English inflections to their base form: customers -> customer, stories -> story, walked -> walk.
const INFLECTIONS: [string, string][] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
  ['ed', ''],
  ['ed', 'e'],
  ['ing', ''],
  ['ing', 'e'],
  ['d', ''],
];

// A talk's vocabulary is a few thousand words: lookups are remembered per table, up to this many.
const REMEMBERED = 50000;
const remembered = new WeakMap<Map<string, unknown>, Map<string, string | undefined>>();

/** The form of a word a norms table knows: itself, or its base form without an inflection. */
export function knownForm<T>(table: Map<string, T>, lower: string): string | undefined {
  let memo = remembered.get(table);
  if (!memo) remembered.set(table, (memo = new Map()));
  if (memo.has(lower)) return memo.get(lower);
  const form = lookUp(table, lower);
  if (memo.size < REMEMBERED) memo.set(lower, form);
  return form;
}

function lookUp<T>(table: Map<string, T>, lower: string): string | undefined {
  if (table.has(lower)) return lower;
  for (const [suffix, replacement] of INFLECTIONS) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix)) {
      const base = lower.slice(0, -suffix.length) + replacement;
      if (table.has(base)) return base;
    }
  }
  return undefined;
}

// A possessive ("the summer's complaints") or a contraction ("they'll") is read by its stem.
const rankMemos = new WeakMap<WordNorms, Map<string, number>>();

/**
 * How familiar a word is: the best frequency rank of the word or any base form of it (an inflected
 * form is often rarer in the list than its base: deliveries 11,696, delivery 2,726), possessive
 * dropped; Infinity when neither is listed.
 */
export function familiarRank(norms: WordNorms, lower: string): number {
  let rankMemo = rankMemos.get(norms);
  if (!rankMemo) rankMemos.set(norms, (rankMemo = new Map()));
  const remembered = rankMemo.get(lower);
  if (remembered !== undefined) return remembered;
  // A contraction is as familiar as its stem: the subtitle counts split "don't" into "don" and "t".
  const apostrophe = lower.search(/['’]/);
  const word = apostrophe > 0 ? lower.slice(0, apostrophe) : lower;
  let best = norms.rank.get(word) ?? Infinity;
  for (const [suffix, replacement] of INFLECTIONS) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix))
      best = Math.min(best, norms.rank.get(word.slice(0, -suffix.length) + replacement) ?? Infinity);
  }
  // An adverb is as familiar as its adjective: "logically" (18,834) says "logical" (5,794), "really"
  // says "real" (the audit of 100 findings, #62). English only has the -ly adverb of this kind.
  if (word.length > 5 && word.endsWith('ly')) best = Math.min(best, norms.rank.get(word.slice(0, -2)) ?? Infinity);
  if (rankMemo.size < REMEMBERED) rankMemo.set(lower, best);
  return best;
}
