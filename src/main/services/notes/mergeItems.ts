import type { Tombstone } from '../../../shared/notes';

/** What a merge had to decide, for the message the user sees: nothing is dropped without a word. */
export interface MergeEvent {
  noteId: string;
  /** Set when the clash was over a reply of the note. */
  replyId?: string;
  kind: 'both-edited' | 'deleted-here-edited-there' | 'deleted-there-edited-here';
}

/** What a merge did, counted in notes and replies: for the window's one-line summary. */
export interface MergeCounts {
  /** Items here that the file lacked without a tombstone (an older copy came back): kept. */
  keptHere: number;
  /** Additions, edits and deletions taken from the file. */
  tookThere: number;
  /** Items that now carry both texts (or were kept against a deletion), for the coach to resolve. */
  conflicts: number;
}

/** Whether a value (versionKey) was held in an earlier version of the sidecar this session read or wrote. */
export type Seen = (key: string) => boolean;

/** What one merge works with: tombstones on each side, earlier versions, and what it has decided so far. */
export interface MergeContext {
  seen: Seen;
  deletedHere: Map<string, Tombstone>;
  deletedThere: Map<string, Tombstone>;
  events: MergeEvent[];
  counts: MergeCounts;
}

/** A note or a reply, as the merge sees them. */
export interface Item {
  id: string;
  author: string;
  text: string;
  created: string;
  edited: string | null;
}

/** The key of one version of one field of an item, for Seen. */
export const versionKey = (id: string, field: string, value: unknown): string => `${id}\u0000${field}\u0000${JSON.stringify(value)}`;

/** Deep equality for the plain JSON objects of a sidecar. */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));

/** When an item was last written, by its author's clock. */
const touched = (item: Item): string => item.edited ?? item.created;

/**
 * Whether an item present on one side and deleted on the other was left as it was when deleted:
 * equal to the base, or to a version held before, or (neither known) not edited after the deletion.
 */
function unchangedSince(base: Item | undefined, item: Item, tomb: Tombstone, seen: Seen): boolean {
  if (base && same(base, item)) return true;
  if (seen(versionKey(item.id, 'whole', item))) return true;
  return !base && touched(item) <= tomb.at;
}

/**
 * Merges one list (notes, or a note's replies) by id. Present on both sides: `both`. Present on one
 * side only: deleted on the other if that side has a tombstone for it (then it goes, unless it was
 * edited on this side: `flag` keeps it, marked); otherwise it is an addition, or the other side is an
 * older copy that never had it, and it stays. Never decided by a timestamp alone.
 */
export function mergeItems<T extends Item>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  ctx: MergeContext,
  both: (base: T | undefined, mine: T, theirs: T) => T,
  flag: (item: T, kind: 'deleted-here-edited-there' | 'deleted-there-edited-here') => T,
): T[] {
  const [baseIds, mineIds, theirIds] = [byId(base), byId(mine), byId(theirs)];
  const merged: T[] = [];
  for (const item of mine) {
    const other = theirIds.get(item.id);
    const tomb = ctx.deletedThere.get(item.id);
    if (other) merged.push(both(baseIds.get(item.id), item, other));
    else if (!tomb) {
      // Absent from the file with no tombstone: new here, or the file is an older copy. It stays.
      if (baseIds.has(item.id)) ctx.counts.keptHere++;
      merged.push(item);
    } else if (unchangedSince(baseIds.get(item.id), item, tomb, ctx.seen)) ctx.counts.tookThere++;
    else merged.push(flag(item, 'deleted-there-edited-here'));
  }
  for (const item of theirs) {
    if (mineIds.has(item.id)) continue;
    const tomb = ctx.deletedHere.get(item.id);
    if (!tomb) {
      ctx.counts.tookThere++;
      merged.push(item);
    } else if (!unchangedSince(baseIds.get(item.id), item, tomb, ctx.seen)) merged.push(flag(item, 'deleted-here-edited-there'));
  }
  return merged;
}

/**
 * One text three ways. Changed on one side: that side's. Changed on both (or changed only in the
 * file but older, by its clock, than the edit here, which an older copy also looks like): `clash`,
 * which keeps both. A text held in an earlier version is an older copy's and never wins.
 */
export function mergeText(base: Item | undefined, mine: Item, theirs: Item, ctx: MergeContext, clash: () => void): string {
  if (mine.text === theirs.text) return mine.text;
  if (base?.text === theirs.text || ctx.seen(versionKey(theirs.id, 'text', theirs.text))) return mine.text;
  if (base?.text === mine.text && !(mine.edited !== null && touched(theirs) < mine.edited)) {
    ctx.counts.tookThere++;
    return theirs.text;
  }
  clash();
  return mine.text;
}

/** One field three ways: the side that changed it wins (an older copy's value never does); both changed: `clash` decides. */
export function pick<T>(id: string, name: string, base: T | undefined, mine: T, theirs: T, ctx: MergeContext, clash: () => T): T {
  if (same(mine, theirs)) return mine;
  if (base !== undefined && same(base, theirs)) return mine;
  if (ctx.seen(versionKey(id, name, theirs))) return mine;
  if (base !== undefined && same(base, mine)) return theirs;
  return clash();
}
