import type { Note, NoteReply } from '../../shared/notes';
import type { Talk } from '../../shared/talk';
import { anchorSections } from '../engine/anchors/createAnchor';
import { resolveAnchor } from '../engine/anchors/resolveAnchor';

/** Where a note stands in the talk now: its words found as they were, found changed, or gone. */
export type NoteStatus = 'attached' | 'words-changed' | 'orphaned';

/** One note of `sticky notes`, as its JSON prints it: the note's own fields, and where it stands now. */
export interface ListedNote extends Pick<Note, 'id' | 'author' | 'tag' | 'text' | 'created' | 'edited' | 'resolved' | 'conflicts'> {
  status: NoteStatus;
  /** The section the words are in now (an orphan: the one they were in). */
  section: string;
  /** True when the words are now in another section than the note was written in. */
  moved: boolean;
  /** The words in the talk now; null for an orphan. */
  words: string | null;
  /** The words the note was written on. */
  quote: string;
  replies: Omit<NoteReply, 'id'>[];
}

/** What `sticky notes --json` prints for a talk. */
export interface NotesList {
  file: string;
  /** The sidecar read, or null when the talk has none. */
  sidecar: string | null;
  counts: Record<NoteStatus | 'open' | 'resolved' | 'conflicts', number>;
  notes: ListedNote[];
}

const STATUS: Record<'exact' | 'fuzzy' | 'orphaned', NoteStatus> = { exact: 'attached', fuzzy: 'words-changed', orphaned: 'orphaned' };

/** The talk's notes placed in its text as it is now: in the talk's order, orphans last. */
export function listNotes(
  file: string,
  sidecar: string | null,
  notes: readonly Note[],
  text: string,
  talk: Pick<Talk, 'sections'>,
): NotesList {
  const sections = anchorSections(talk);
  const listed = notes
    .map((note) => ({ note, placement: resolveAnchor(note.anchor, text, sections) }))
    .sort(
      (a, b) =>
        Number(a.placement.status === 'orphaned') - Number(b.placement.status === 'orphaned') ||
        a.placement.start - b.placement.start ||
        a.note.created.localeCompare(b.note.created),
    )
    .map(({ note, placement }): ListedNote => {
      const orphan = placement.status === 'orphaned';
      return {
        id: note.id,
        status: STATUS[placement.status],
        section: (orphan ? note.anchor.sectionTitle : placement.sectionTitle) ?? note.anchor.sectionTitle,
        moved: placement.moved,
        words: orphan ? null : text.slice(placement.start, placement.end),
        quote: note.anchor.exact,
        author: note.author,
        tag: note.tag,
        text: note.text,
        created: note.created,
        edited: note.edited,
        resolved: note.resolved,
        replies: note.replies.map(({ author, text: reply, created, edited }) => ({ author, text: reply, created, edited })),
        conflicts: note.conflicts,
      };
    });
  const count = (test: (note: ListedNote) => boolean): number => listed.filter(test).length;
  return {
    file,
    sidecar,
    counts: {
      attached: count((note) => note.status === 'attached'),
      'words-changed': count((note) => note.status === 'words-changed'),
      orphaned: count((note) => note.status === 'orphaned'),
      open: count((note) => note.resolved === null),
      resolved: count((note) => note.resolved !== null),
      conflicts: listed.reduce((sum, note) => sum + note.conflicts.length, 0),
    },
    notes: listed,
  };
}

// Words are shown on one line: a quote's line breaks and runs of spaces fold to one space.
const oneLine = (words: string): string => words.replace(/\s+/g, ' ').trim();
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const STATUS_TEXT: Record<NoteStatus, string> = { attached: 'attached', 'words-changed': 'words changed', orphaned: 'orphaned' };

/** Indents every line of a note's (or reply's) text under its heading. */
const block = (text: string, indent: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => `${indent}${line}`)
    .join('\n');

function noteText(note: ListedNote): string {
  const box = note.resolved ? '[x]' : '[ ]';
  const where = note.moved ? `${note.section} (moved)` : note.section;
  const lines = [`${box} ${STATUS_TEXT[note.status]} · ${where || '(before the first section)'} · ${note.tag} · ${note.author}`];
  if (note.status === 'words-changed' && note.words !== null)
    lines.push(`    now: “${oneLine(note.words)}”`, `    was: “${oneLine(note.quote)}”`);
  else lines.push(`    ${note.status === 'orphaned' ? 'was: ' : ''}“${oneLine(note.quote)}”`);
  lines.push(block(note.text, '    '));
  if (note.resolved) lines.push(`    resolved by ${note.resolved.by}, ${note.resolved.at.slice(0, 10)}`);
  for (const reply of note.replies) lines.push(`    ↳ ${reply.author}: ${block(reply.text, '      ').trimStart()}`);
  for (const conflict of note.conflicts) {
    const what = conflict.replyId === undefined ? 'note' : 'reply';
    const why = conflict.reason === 'both-edited' ? `${what} edited on both sides` : `${what} deleted on one side, edited on the other`;
    lines.push(`    ! conflict (${why}), also kept from ${conflict.author}: ${block(conflict.text, '      ').trimStart()}`);
  }
  return lines.join('\n');
}

/** `sticky notes` as text: a heading with the counts, then each note as a checklist item. */
export function formatNotesList(list: NotesList): string {
  if (list.sidecar === null) return `${list.file}: no notes (no notes file beside it).`;
  const { counts } = list;
  const statuses = [`${counts.attached} attached`, `${counts['words-changed']} words changed`, `${counts.orphaned} orphaned`].join(', ');
  const heading = [
    `${list.file}: ${plural(list.notes.length, 'note')} (${statuses}), ${counts.open} open, ${counts.resolved} resolved` +
      (counts.conflicts > 0 ? `, ${plural(counts.conflicts, 'conflict')} to settle` : ''),
    `notes from ${list.sidecar}`,
  ];
  return [...heading, ...list.notes.map((note) => `\n${noteText(note)}`)].join('\n');
}
