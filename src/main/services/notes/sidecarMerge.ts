import type { Dismissal, Note, NoteReply, Sidecar } from '../../../shared/notes';

/** What a merge had to decide, for the message the user sees: nothing is dropped without a word. */
export interface MergeEvent {
  noteId: string;
  kind: 'both-edited' | 'deleted-here-edited-there' | 'deleted-there-edited-here';
}

/** A merged sidecar and the clashes it resolved. */
export interface MergeResult {
  sidecar: Sidecar;
  events: MergeEvent[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const byId = <T extends { id: string }>(items: T[]): Map<string, T> => new Map(items.map((item) => [item.id, item]));
const later = (a: string | null, b: string | null): boolean => (a ?? '') > (b ?? '');

/** Replies merged by id: added on either side are kept; a reply edited on both keeps the later edit. */
function mergeReplies(base: NoteReply[], mine: NoteReply[], theirs: NoteReply[]): NoteReply[] {
  const baseIds = byId(base);
  const theirIds = byId(theirs);
  const merged: NoteReply[] = [];
  for (const reply of mine) {
    const other = theirIds.get(reply.id);
    if (!other) {
      // Absent there: deleted there if it was in the base and unchanged here, else kept.
      if (!(baseIds.has(reply.id) && same(baseIds.get(reply.id), reply))) merged.push(reply);
    } else merged.push(same(reply, other) || later(reply.edited, other.edited) ? reply : other);
  }
  const mineIds = byId(mine);
  for (const reply of theirs) {
    if (mineIds.has(reply.id)) continue;
    if (!(baseIds.has(reply.id) && same(baseIds.get(reply.id), reply))) merged.push(reply);
  }
  return merged.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
}

/** One field three ways: the side that changed it wins; both changed: `clash` decides. */
function pick<T>(base: T | undefined, mine: T, theirs: T, clash: () => T): T {
  if (same(mine, theirs)) return mine;
  if (base !== undefined && same(base, mine)) return theirs;
  if (base !== undefined && same(base, theirs)) return mine;
  return clash();
}

/** A note changed on both sides: field by field; two new texts keep both, and the note says so. */
function mergeNote(base: Note | undefined, mine: Note, theirs: Note, events: MergeEvent[]): Note {
  let textClash = false;
  const clash = (): string => {
    textClash = true;
    return mine.text;
  };
  // A file replaced by an older copy (restored, synced late) would undo a newer edit made here:
  // when the file's text is older than this side's edit, both are kept instead.
  const staleThere = mine.text !== theirs.text && mine.edited !== null && later(mine.edited, theirs.edited);
  const text = staleThere && base?.text === mine.text ? clash() : pick(base?.text, mine.text, theirs.text, clash);
  const conflicts = [...mine.conflicts];
  for (const conflict of theirs.conflicts) if (!conflicts.some((item) => same(item, conflict))) conflicts.push(conflict);
  if (textClash) {
    conflicts.push({ reason: 'both-edited', text: theirs.text, author: theirs.author, at: theirs.edited ?? theirs.created });
    events.push({ noteId: mine.id, kind: 'both-edited' });
  }
  const newer = later(mine.edited, theirs.edited) ? mine : theirs;
  return {
    ...mine,
    text,
    tag: pick(base?.tag, mine.tag, theirs.tag, () => newer.tag),
    edited: later(mine.edited, theirs.edited) ? mine.edited : theirs.edited,
    resolved: pick(base?.resolved, mine.resolved, theirs.resolved, () =>
      later(mine.resolved?.at ?? null, theirs.resolved?.at ?? null) ? mine.resolved : theirs.resolved,
    ),
    anchor: pick(base?.anchor, mine.anchor, theirs.anchor, () => newer.anchor),
    replies: mergeReplies(base?.replies ?? [], mine.replies, theirs.replies),
    conflicts,
  };
}

/** A note present on one side only: an addition, an unchanged note deleted on the other side, or an edit that survives a delete. */
function oneSided(base: Note | undefined, note: Note, kind: MergeEvent['kind'], events: MergeEvent[]): Note | null {
  if (!base) return note;
  if (same(base, note)) return null;
  events.push({ noteId: note.id, kind });
  return {
    ...note,
    conflicts: [...note.conflicts, { reason: 'deleted-elsewhere', text: note.text, author: note.author, at: note.edited ?? note.created }],
  };
}

function mergeDismissals(base: Dismissal[], mine: Dismissal[], theirs: Dismissal[]): Dismissal[] {
  const keyed = (items: Dismissal[]): Map<string, Dismissal> => new Map(items.map((item) => [item.key, item]));
  const [baseKeys, mineKeys, theirKeys] = [keyed(base), keyed(mine), keyed(theirs)];
  const merged = new Map<string, Dismissal>();
  for (const [key, item] of mineKeys) {
    const other = theirKeys.get(key);
    if (other) merged.set(key, item.at >= other.at ? item : other);
    else if (!(baseKeys.has(key) && same(baseKeys.get(key), item))) merged.set(key, item);
  }
  for (const [key, item] of theirKeys) {
    if (!mineKeys.has(key) && !(baseKeys.has(key) && same(baseKeys.get(key), item))) merged.set(key, item);
  }
  return [...merged.values()];
}

/**
 * Three-way merge of a sidecar by note id: `base` is the version last read or written, `mine` the
 * one in memory, `theirs` the one now on disk. Changes on one side win; a note edited on both keeps
 * both texts (the other in `conflicts`); a note deleted on one side and edited on the other is kept,
 * marked. Only a note deleted on one side and untouched on the other goes.
 */
export function mergeSidecars(base: Sidecar, mine: Sidecar, theirs: Sidecar): MergeResult {
  const events: MergeEvent[] = [];
  const baseNotes = byId(base.notes);
  const theirNotes = byId(theirs.notes);
  const notes: Note[] = [];
  for (const note of mine.notes) {
    const other = theirNotes.get(note.id);
    const merged = other
      ? mergeNote(baseNotes.get(note.id), note, other, events)
      : oneSided(baseNotes.get(note.id), note, 'deleted-there-edited-here', events);
    if (merged) notes.push(merged);
  }
  const mineIds = byId(mine.notes);
  for (const note of theirs.notes) {
    if (mineIds.has(note.id)) continue;
    const kept = oneSided(baseNotes.get(note.id), note, 'deleted-here-edited-there', events);
    if (kept) notes.push(kept);
  }
  return {
    sidecar: {
      ...mine,
      authors: [...new Set([...mine.authors, ...theirs.authors])],
      notes,
      dismissals: mergeDismissals(base.dismissals, mine.dismissals, theirs.dismissals),
    },
    events,
  };
}
