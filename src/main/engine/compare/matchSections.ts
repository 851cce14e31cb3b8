/** What section matching needs of a section: its id, title and spoken words. */
export interface MatchableSection {
  id: string;
  title: string;
  spoken: string;
  /** Its size in words, to decide which of two swapped sections stayed; 1 when not given. */
  words?: number;
}

/** A section of the old draft matched to one of the new by its words: under its own id, or renamed. */
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
  /** Pairs (as indexes into `pairs`) whose rank among the paired sections changed. */
  moved: Set<number>;
}

// Sections are the same section when half their distinct words are shared (Dice). Measured on the
// draft series in tests/fixtures/drafts (v1 → v2 → v3): a section reworded, cut or grown scores
// 0.63 to 1, two different sections of the same talk at most 0.38 (they share only common words),
// so 0.5 sits between with room on both sides. The title plays no part: a new text under an old
// title is one section removed and another added.
const SAME_SECTION = 0.5;

const wordSet = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function dice(left: Set<string>, right: Set<string>): number {
  if (left.size + right.size === 0) return 1;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/** Dice similarity of two texts' word sets: 1 for the same words, 0 for none in common. */
export function wordSimilarity(a: string, b: string): number {
  return dice(wordSet(a), wordSet(b));
}

/**
 * Indexes (into `values`) of the longest increasing subsequence: the pairs that kept their rank.
 * Of two equally long ones the heavier (more words) is kept, so when two sections swap, the
 * smaller one is the one that moved.
 */
function keptInOrder(values: readonly number[], weights: readonly number[]): Set<number> {
  const best = values.map((_, index) => ({ length: 1, weight: weights[index]!, previous: -1 }));
  for (let i = 0; i < values.length; i++)
    for (let j = 0; j < i; j++) {
      if (values[j]! >= values[i]!) continue;
      const [length, weight] = [best[j]!.length + 1, best[j]!.weight + weights[i]!];
      if (length > best[i]!.length || (length === best[i]!.length && weight > best[i]!.weight)) best[i] = { length, weight, previous: j };
    }
  let at = -1;
  best.forEach((entry, index) => {
    const top = best[at];
    if (!top || entry.length > top.length || (entry.length === top.length && entry.weight > top.weight)) at = index;
  });
  const kept = new Set<number>();
  for (; at !== -1; at = best[at]!.previous) kept.add(at);
  return kept;
}

// Comparing every old section with every new one costs a look-up per word of the smaller of the
// two: 1,000 renamed sections of 100 words (the section cap, the word budget) would be 100 million.
// A real redraft renames a handful (20 sections of 500 words: 200,000); 5 million look-ups take
// well under a second even on a loaded test machine. Past it, the sections not yet paired are
// listed as removed and added rather than keep the window waiting.
export const MATCH_WORK = 5_000_000;

/** Candidate pairs at least SAME_SECTION alike: under the same id first, then any pair within the work budget. */
function candidatesOf(oldSections: readonly MatchableSection[], newSections: readonly MatchableSection[]) {
  const [oldWords, newWords] = [
    oldSections.map((section) => wordSet(section.spoken)),
    newSections.map((section) => wordSet(section.spoken)),
  ];
  const candidates: { old: number; new: number; similarity: number; sameId: boolean }[] = [];
  const consider = (i: number, j: number): void => {
    const [left, right] = [oldWords[i]!, newWords[j]!];
    const similarity = dice(left, right);
    const sameId = oldSections[i]!.id === newSections[j]!.id;
    // Two sections without words (a heading alone) have no content to compare: only their id pairs them.
    if (similarity >= SAME_SECTION && (left.size + right.size > 0 || sameId)) candidates.push({ old: i, new: j, similarity, sameId });
  };
  const newById = new Map(newSections.map((section, index) => [section.id, index]));
  const [pairedOld, pairedNew] = [new Set<number>(), new Set<number>()];
  oldSections.forEach((section, i) => {
    const j = newById.get(section.id);
    if (j === undefined) return;
    consider(i, j);
    if (candidates.at(-1)?.old !== i) return;
    pairedOld.add(i);
    pairedNew.add(j);
  });
  let work = MATCH_WORK;
  for (let i = 0; i < oldSections.length && work > 0; i++) {
    if (pairedOld.has(i)) continue;
    for (let j = 0; j < newSections.length && work > 0; j++) {
      if (pairedNew.has(j) || oldSections[i]!.id === newSections[j]!.id) continue;
      work -= Math.min(oldWords[i]!.size, newWords[j]!.size) + 1;
      consider(i, j);
    }
  }
  return candidates;
}

/**
 * Pairs the sections of two drafts by their words: every pair at least SAME_SECTION alike is a
 * candidate, those under the same id first, then the most alike; each section pairs once. A paired
 * section moved when its rank among the paired sections changed: those outside the longest run
 * that kept its order (a swap moves one of the two; sections added or removed move nothing).
 */
export function matchSections(oldSections: readonly MatchableSection[], newSections: readonly MatchableSection[]): SectionMatching {
  const candidates = candidatesOf(oldSections, newSections);
  candidates.sort((a, b) => Number(b.sameId) - Number(a.sameId) || b.similarity - a.similarity || a.old - b.old);
  const [usedOld, usedNew] = [new Set<number>(), new Set<number>()];
  const pairs: SectionPair[] = [];
  for (const candidate of candidates) {
    if (usedOld.has(candidate.old) || usedNew.has(candidate.new)) continue;
    pairs.push({ old: candidate.old, new: candidate.new, how: candidate.sameId ? 'id' : 'similar' });
    usedOld.add(candidate.old);
    usedNew.add(candidate.new);
  }
  pairs.sort((a, b) => a.old - b.old);
  const kept = keptInOrder(
    pairs.map((pair) => pair.new),
    pairs.map((pair) => oldSections[pair.old]!.words ?? 1),
  );
  return {
    pairs,
    added: newSections.map((_, index) => index).filter((index) => !usedNew.has(index)),
    removed: oldSections.map((_, index) => index).filter((index) => !usedOld.has(index)),
    moved: new Set(pairs.map((_, index) => index).filter((index) => !kept.has(index))),
  };
}
