import { randomUUID } from 'node:crypto';
import type { Dismissal, Note, NoteAnchor, NoteTag, Sidecar, Tombstone } from '../../../shared/notes';

/** Who makes a change and when (ISO time); tests pass a fixed clock and ids. */
export interface Actor {
  author: string;
  now: string;
  newId?: () => string;
}

/**
 * A change that is not allowed (someone else's note, a note that is gone): the message says which,
 * in English; `params.reason` (and `params.name`, whose it is) let the window say it in its language.
 */
export class NoteEditError extends Error {
  constructor(
    readonly code: 'not-found' | 'not-yours' | 'empty' | 'no-author',
    message: string,
    readonly params: { reason: string; name?: string },
  ) {
    super(message);
    this.name = 'NoteEditError';
  }
}

// A note is a remark, not an essay; 10,000 characters keeps one line of the sidecar readable.
const MAX_NOTE_CHARS = 10_000;

function cleanText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new NoteEditError('empty', 'A note needs some text.', { reason: 'note-empty' });
  return trimmed.slice(0, MAX_NOTE_CHARS);
}

function withAuthor(sidecar: Sidecar, author: string): string[] {
  if (author.trim() === '')
    throw new NoteEditError('no-author', 'Set your name (Settings) first: every note and reply says who wrote it.', {
      reason: 'note-no-author',
    });
  return sidecar.authors.includes(author) ? sidecar.authors : [...sidecar.authors, author];
}

function noteIn(sidecar: Sidecar, id: string): Note {
  const note = sidecar.notes.find((item) => item.id === id);
  if (!note)
    throw new NoteEditError('not-found', 'That note is no longer there (it may have been deleted in the file).', { reason: 'note-gone' });
  return note;
}

function ownNote(sidecar: Sidecar, id: string, actor: Actor): Note {
  const note = noteIn(sidecar, id);
  if (note.author !== actor.author)
    throw new NoteEditError('not-yours', `Only ${note.author} can change or delete this note.`, {
      reason: 'note-not-yours',
      name: note.author,
    });
  return note;
}

const replaceNote = (sidecar: Sidecar, note: Note): Sidecar => ({
  ...sidecar,
  notes: sidecar.notes.map((item) => (item.id === note.id ? note : item)),
});

/** Adds a note on an anchor (anchors/createAnchor). */
export function addNote(
  sidecar: Sidecar,
  actor: Actor,
  input: { tag: NoteTag; text: string; anchor: NoteAnchor },
): { sidecar: Sidecar; note: Note } {
  const note: Note = {
    id: (actor.newId ?? randomUUID)(),
    author: actor.author,
    tag: input.tag,
    text: cleanText(input.text),
    created: actor.now,
    edited: null,
    resolved: null,
    anchor: input.anchor,
    replies: [],
    conflicts: [],
  };
  return { sidecar: { ...sidecar, authors: withAuthor(sidecar, actor.author), notes: [...sidecar.notes, note] }, note };
}

/** Changes the text and tag of one's own note. */
export function editNote(sidecar: Sidecar, actor: Actor, id: string, change: { text?: string; tag?: NoteTag }): Sidecar {
  const note = ownNote(sidecar, id, actor);
  return replaceNote(sidecar, {
    ...note,
    text: change.text === undefined ? note.text : cleanText(change.text),
    tag: change.tag ?? note.tag,
    edited: actor.now,
  });
}

/** Records a deletion, so a merge tells it from an older copy of the file that never had the item. */
const tombstone = (sidecar: Sidecar, actor: Actor, id: string, note?: string): Tombstone[] => [
  ...(sidecar.deleted ?? []).filter((item) => item.id !== id),
  { id, ...(note === undefined ? {} : { note }), by: actor.author, at: actor.now },
];

/** Deletes one's own note with its thread, leaving a tombstone. */
export function deleteNote(sidecar: Sidecar, actor: Actor, id: string): Sidecar {
  ownNote(sidecar, id, actor);
  return { ...sidecar, notes: sidecar.notes.filter((note) => note.id !== id), deleted: tombstone(sidecar, actor, id) };
}

/** Answers a note (anyone may). */
export function replyToNote(sidecar: Sidecar, actor: Actor, id: string, text: string): Sidecar {
  const note = noteIn(sidecar, id);
  const reply = { id: (actor.newId ?? randomUUID)(), author: actor.author, text: cleanText(text), created: actor.now, edited: null };
  return { ...replaceNote(sidecar, { ...note, replies: [...note.replies, reply] }), authors: withAuthor(sidecar, actor.author) };
}

/** Edits (text) or deletes (null, leaving a tombstone) one's own reply. */
export function changeReply(sidecar: Sidecar, actor: Actor, noteId: string, replyId: string, text: string | null): Sidecar {
  const note = noteIn(sidecar, noteId);
  const reply = note.replies.find((item) => item.id === replyId);
  if (!reply) throw new NoteEditError('not-found', 'That reply is no longer there.', { reason: 'reply-gone' });
  if (reply.author !== actor.author)
    throw new NoteEditError('not-yours', `Only ${reply.author} can change or delete this reply.`, {
      reason: 'reply-not-yours',
      name: reply.author,
    });
  if (text === null)
    return {
      ...replaceNote(sidecar, { ...note, replies: note.replies.filter((item) => item.id !== replyId) }),
      deleted: tombstone(sidecar, actor, replyId, noteId),
    };
  const replies = note.replies.map((item) => (item.id === replyId ? { ...item, text: cleanText(text), edited: actor.now } : item));
  return replaceNote(sidecar, { ...note, replies });
}

/** Resolves (true) or reopens (false) a note (anyone may: the client resolves the coach's notes). */
export function setResolved(sidecar: Sidecar, actor: Actor, id: string, resolved: boolean): Sidecar {
  const note = noteIn(sidecar, id);
  return replaceNote(sidecar, { ...note, resolved: resolved ? { by: actor.author, at: actor.now } : null });
}

/** Moves a note (an orphan, or a misplaced one) to a new anchor. */
export function reattachNote(sidecar: Sidecar, id: string, anchor: NoteAnchor): Sidecar {
  return replaceNote(sidecar, { ...noteIn(sidecar, id), anchor });
}

/** Clears the texts a merge kept on a note once someone has read and settled them. */
export function settleConflicts(sidecar: Sidecar, id: string): Sidecar {
  return replaceNote(sidecar, { ...noteIn(sidecar, id), conflicts: [] });
}

/** Dismisses a finding with a reason (findingKey of the finding); dismissing again updates the reason. */
export function dismissFinding(
  sidecar: Sidecar,
  actor: Actor,
  finding: { key: string; ruleId: string; sectionId: string; actual: string },
  reason: string,
): Sidecar {
  const dismissal: Dismissal = { ...finding, reason: cleanText(reason), author: actor.author, at: actor.now };
  return {
    ...sidecar,
    authors: withAuthor(sidecar, actor.author),
    dismissals: [...sidecar.dismissals.filter((item) => item.key !== finding.key), dismissal],
    ...(sidecar.deleted ? { deleted: sidecar.deleted.filter((item) => item.id !== finding.key) } : {}),
  };
}

/** Undoes a dismissal: the finding counts again (a tombstone under the finding's key says so to a merge). */
export function undismissFinding(sidecar: Sidecar, key: string, actor: Actor): Sidecar {
  return { ...sidecar, dismissals: sidecar.dismissals.filter((item) => item.key !== key), deleted: tombstone(sidecar, actor, key) };
}
