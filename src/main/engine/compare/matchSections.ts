/** What section matching needs of a section: its id, title and spoken words. */
export interface MatchableSection {
  id: string;
  title: string;
  spoken: string;
}

/** A section of the old draft matched to one of the new: by id, or by title and text (renamed). */
export interface SectionPair {
  old: number;
  new: number;
  how: 'id' | 'similar';
}

/** How the sections of two drafts correspond. */
export interface SectionMatching {
  pairs: SectionPair[];
  /** Indexes of new sections with no match. */
  added: number[];
  /** Indexes of old sections with no match. */
  removed: number[];
  /** Pairs (as indexes into `pairs`) whose order changed relative to the others. */
  moved: Set<number>;
}

// Half the words in common (Dice) makes a renamed or rewritten section the same section; below,
// two sections about different things share only common words. Tested on the draft series.
const SIMILAR_ENOUGH = 0.5;

const wordSet = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Dice similarity of two texts' word sets: 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: string, b: string): number {
  const [left, right] = [wordSet(a), wordSet(b)];
  if (left.size + right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/** Indexes (into `values`) of a longest increasing subsequence: the pairs that kept their order. */
function longestIncreasing(values: number[]): Set<number> {
  const lengths = values.map(() => 1);
  const previous = values.map(() => -1);
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < i; j++)
      if (values[j]! < values[i]! && lengths[j]! + 1 > lengths[i]!) {
        lengths[i] = lengths[j]! + 1;
        previous[i] = j;
      }
  const kept = new Set<number>();
  let at = lengths.indexOf(Math.max(0, ...lengths));
  while (at !== -1) {
    kept.add(at);
    at = previous[at]!;
  }
  return kept;
}

/**
 * Matches sections by id first, then the rest by the better of title and text similarity (best
 * pairs first), and marks as moved the matched sections outside the longest run that kept its order.
 */
export function matchSections(oldSections: readonly MatchableSection[], newSections: readonly MatchableSection[]): SectionMatching {
  const pairs: SectionPair[] = [];
  const newById = new Map(newSections.map((section, index) => [section.id, index]));
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  oldSections.forEach((section, index) => {
    const match = newById.get(section.id);
    if (match === undefined) return;
    pairs.push({ old: index, new: match, how: 'id' });
    usedOld.add(index);
    usedNew.add(match);
  });
  const candidates: { old: number; new: number; similarity: number }[] = [];
  oldSections.forEach((before, i) => {
    if (usedOld.has(i)) return;
    newSections.forEach((after, j) => {
      if (usedNew.has(j)) return;
      const similarity = Math.max(wordSimilarity(before.title, after.title), wordSimilarity(before.spoken, after.spoken));
      if (similarity >= SIMILAR_ENOUGH) candidates.push({ old: i, new: j, similarity });
    });
  });
  for (const candidate of candidates.sort((a, b) => b.similarity - a.similarity)) {
    if (usedOld.has(candidate.old) || usedNew.has(candidate.new)) continue;
    pairs.push({ old: candidate.old, new: candidate.new, how: 'similar' });
    usedOld.add(candidate.old);
    usedNew.add(candidate.new);
  }
  pairs.sort((a, b) => a.old - b.old);
  const inOrder = longestIncreasing(pairs.map((pair) => pair.new));
  return {
    pairs,
    added: newSections.map((_, index) => index).filter((index) => !usedNew.has(index)),
    removed: oldSections.map((_, index) => index).filter((index) => !usedOld.has(index)),
    moved: new Set(pairs.map((_, index) => index).filter((index) => !inOrder.has(index))),
  };
}
