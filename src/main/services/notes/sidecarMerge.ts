import type { Dismissal, Note, NoteConflict, NoteReply, Sidecar, Tombstone } from '../../../shared/notes';
import {
  mergeItems,
  mergeText,
  pick,
  same,
  versionKey,
  type MergeContext,
  type MergeCounts,
  type MergeEvent,
  type Seen,
} from './mergeItems';

export type { MergeCounts, MergeEvent, Seen } from './mergeItems';

/** A merged sidecar, the clashes it resolved and what it did, counted. */
export interface MergeResult {
  sidecar: Sidecar;
  events: MergeEvent[];
  counts: MergeCounts;
}

const later = (a: string | null, b: string | null): boolean => (a ?? '') > (b ?? '');

/** Every version key of a sidecar's notes and replies, for Seen: what an older copy of the file may bring back. */
export function versionKeys(sidecar: Sidecar): string[] {
  return sidecar.notes.flatMap((note) => [
    versionKey(note.id, 'whole', note),
    versionKey(note.id, 'text', note.text),
    versionKey(note.id, 'tag', note.tag),
    versionKey(note.id, 'resolved', note.resolved),
    versionKey(note.id, 'anchor', note.anchor),
    versionKey(note.id, 'conflicts', note.conflicts),
    ...note.replies.flatMap((reply) => [versionKey(reply.id, 'whole', reply), versionKey(reply.id, 'text', reply.text)]),
  ]);
}

const conflictOf = (reason: NoteConflict['reason'], item: NoteReply | Note, replyId?: string): NoteConflict => ({
  reason,
  text: item.text,
  author: item.author,
  at: item.edited ?? item.created,
  ...(replyId === undefined ? {} : { replyId }),
});

/** A note's conflicts: settled (cleared) on one side stays settled; new ones added once; none repeating the text it is beside. */
function mergeConflicts(base: Note | undefined, mine: Note, theirs: Note, added: NoteConflict[], ctx: MergeContext): NoteConflict[] {
  const union = (): NoteConflict[] => [
    ...mine.conflicts,
    ...theirs.conflicts.filter((item) => !mine.conflicts.some((own) => same(own, item))),
  ];
  const kept = pick(mine.id, 'conflicts', base?.conflicts, mine.conflicts, theirs.conflicts, ctx, union);
  return [...kept, ...added.filter((item) => !kept.some((own) => same(own, item)))];
}

/** Drops both-edited conflicts that repeat the text they are beside (the note's, or their reply's). */
function withoutEchoes(note: Note): Note {
  const textOf = (conflict: NoteConflict): string | undefined =>
    conflict.replyId === undefined ? note.text : note.replies.find((reply) => reply.id === conflict.replyId)?.text;
  return {
    ...note,
    conflicts: note.conflicts.filter((conflict) => conflict.reason !== 'both-edited' || conflict.text !== textOf(conflict)),
  };
}

/** A note on both sides: field by field, its replies by id; two new texts (note or reply) keep both, marked. */
function mergeNote(base: Note | undefined, mine: Note, theirs: Note, ctx: MergeContext): Note {
  const added: NoteConflict[] = [];
  const clashed = (item: Note | NoteReply, replyId?: string) => () => {
    added.push(conflictOf('both-edited', item, replyId));
    ctx.events.push({ noteId: mine.id, ...(replyId === undefined ? {} : { replyId }), kind: 'both-edited' });
    ctx.counts.conflicts++;
  };
  const text = mergeText(base, mine, theirs, ctx, clashed(theirs));
  const replies = mergeItems(
    base?.replies ?? [],
    mine.replies,
    theirs.replies,
    ctx,
    (baseReply, own, other) => ({
      ...own,
      text: mergeText(baseReply, own, other, ctx, clashed(other, own.id)),
      edited: later(own.edited, other.edited) ? own.edited : other.edited,
    }),
    (reply, kind) => {
      added.push(conflictOf('deleted-elsewhere', reply, reply.id));
      ctx.events.push({ noteId: mine.id, replyId: reply.id, kind });
      ctx.counts.conflicts++;
      return reply;
    },
  ).sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  const newer = later(mine.edited, theirs.edited) ? mine : theirs;
  return withoutEchoes({
    ...mine,
    text,
    tag: pick(mine.id, 'tag', base?.tag, mine.tag, theirs.tag, ctx, () => newer.tag),
    edited: newer.edited,
    resolved: pick(mine.id, 'resolved', base?.resolved, mine.resolved, theirs.resolved, ctx, () =>
      later(mine.resolved?.at ?? null, theirs.resolved?.at ?? null) ? mine.resolved : theirs.resolved,
    ),
    anchor: pick(mine.id, 'anchor', base?.anchor, mine.anchor, theirs.anchor, ctx, () => newer.anchor),
    replies,
    conflicts: mergeConflicts(base, mine, theirs, added, ctx),
  });
}

/**
 * Dismissals by finding key, as notes are by id: one missing on one side goes only when that side
 * has its tombstone (an undo) made after it; without one the other side is an older copy and it
 * stays. On both sides, the later dismissal (its reason) wins.
 */
function mergeDismissals(mine: Dismissal[], theirs: Dismissal[], ctx: MergeContext): Dismissal[] {
  const keyed = (items: Dismissal[]): Map<string, Dismissal> => new Map(items.map((item) => [item.key, item]));
  const [mineKeys, theirKeys] = [keyed(mine), keyed(theirs)];
  const undone = (item: Dismissal, tomb: Tombstone | undefined): boolean => tomb !== undefined && tomb.at >= item.at;
  const merged = new Map<string, Dismissal>();
  for (const [key, item] of mineKeys) {
    const other = theirKeys.get(key);
    if (other) merged.set(key, item.at >= other.at ? item : other);
    else if (!undone(item, ctx.deletedThere.get(key))) merged.set(key, item);
  }
  for (const [key, item] of theirKeys) {
    if (!mineKeys.has(key) && !undone(item, ctx.deletedHere.get(key))) merged.set(key, item);
  }
  return [...merged.values()];
}

const tombstones = (sidecar: Sidecar): Map<string, Tombstone> => new Map((sidecar.deleted ?? []).map((item) => [item.id, item]));

/**
 * Three-way merge of a sidecar: `base` is the version last read or written, `mine` the one in
 * memory, `theirs` the one now on disk, `seen` what earlier versions held. A note or reply missing
 * on one side is deleted there only when that side carries its tombstone; without one it is new
 * here or the file is an older copy, and it stays. A note or reply edited on both sides keeps both
 * texts (the other in the note's `conflicts`); one deleted on one side and edited on the other is
 * kept, marked. Dismissals follow the same rule by finding key. Tombstones of both sides are kept,
 * but for what the merge kept alive.
 */
export function mergeSidecars(base: Sidecar, mine: Sidecar, theirs: Sidecar, seen: Seen = () => false): MergeResult {
  const ctx: MergeContext = {
    seen,
    deletedHere: tombstones(mine),
    deletedThere: tombstones(theirs),
    events: [],
    counts: { keptHere: 0, tookThere: 0, conflicts: 0 },
  };
  const notes = mergeItems(
    base.notes,
    mine.notes,
    theirs.notes,
    ctx,
    (baseNote, own, other) => mergeNote(baseNote, own, other, ctx),
    (note, kind) => {
      ctx.events.push({ noteId: note.id, kind });
      ctx.counts.conflicts++;
      return { ...note, conflicts: [...note.conflicts, conflictOf('deleted-elsewhere', note)] };
    },
  );
  const dismissals = mergeDismissals(mine.dismissals, theirs.dismissals, ctx);
  const alive = new Set([
    ...notes.flatMap((note) => [note.id, ...note.replies.map((reply) => reply.id)]),
    ...dismissals.map((item) => item.key),
  ]);
  const deleted = new Map([...ctx.deletedThere, ...ctx.deletedHere]);
  return {
    sidecar: {
      ...mine,
      authors: [...new Set([...mine.authors, ...theirs.authors])],
      notes,
      dismissals,
      deleted: [...deleted.values()].filter((item) => !alive.has(item.id)),
    },
    events: ctx.events,
    counts: ctx.counts,
  };
}
