// The notes sidecar (`talk.sticky.json`, docs/sidecar.md): one schema per shape, the types of
// shared/notes.ts inferred from them. Read back from disk, so tolerant the way the file format is:
// fields this version does not know are ignored (an older Sticky reads a newer file's notes), a
// file without `conflicts` or `deleted` has none, and an author that is not text is left out.
// No count or length caps inside the file: the whole file is capped before it is parsed
// (MAX_SIDECAR_BYTES, 16 MB, in main/services/cappedRead.ts), as it was before these schemas.
import { BLIND_SPOTS, PRINCIPLES, type BlindSpotId, type PrincipleId } from '../analysis';
import { is, list, object, optional, Refused, tolerantList, type Check, type Infer } from './check';

/** The `format` value every sidecar carries, so a stray JSON file is never taken for one. */
export const SIDECAR_FORMAT = 'sticky-notes';

/** What a note is about: one of the six principles, one of the six blind spots, or general. */
export type NoteTag = PrincipleId | BlindSpotId | 'general';

/** Every tag a note may carry, principles first. */
export const NOTE_TAGS: readonly NoteTag[] = [...PRINCIPLES, ...BLIND_SPOTS, 'general'];

/** The fields that name a finding (its key and what the key is made of), each checked by `words`: a sidecar dismissal's and a dismiss command's. */
export const findingFields = <T>(words: Check<T>) => ({ key: words, ruleId: words, sectionId: words, actual: words });

const isText = (value: unknown): value is string => typeof value === 'string';
const words = is(isText, 'text');
const time = words;
const timeOrNull = is((value): value is string | null => value === null || isText(value), 'a time or null');
const offset = is((value): value is number => Number.isSafeInteger(value) && (value as number) >= 0, 'an offset');
// Unknown fields are left out, not refused. `first` (and the heads of a note and an anchor): the
// fields the hand-written reader checked first, so a damaged file names the fault it always named.
const loose = { unknown: 'ignore' } as const;

/** A refusal in the sidecar's own words (it names the value where the schema's checks never do). */
const worded = (at: string, expected: string, sentence: string): never => {
  throw new Refused(at, expected, sentence);
};

const tag: Check<NoteTag> = (value, at) =>
  NOTE_TAGS.includes(value as NoteTag)
    ? (value as NoteTag)
    : worded(at, 'a tag', `${at} "${String(value)}" is not a principle, blind spot or general`);

const CONFLICT_REASONS = ['both-edited', 'deleted-elsewhere'] as const;
const reason: Check<(typeof CONFLICT_REASONS)[number]> = (value, at) =>
  CONFLICT_REASONS.includes(value as never) ? (value as (typeof CONFLICT_REASONS)[number]) : worded(at, 'a reason', `${at} is unknown`);

const anchorFields = object(
  {
    sectionId: words,
    sectionTitle: words,
    exact: words,
    /** Up to 32 characters before the quote. */
    prefix: words,
    /** Up to 32 characters after the quote. */
    suffix: words,
    start: offset,
    end: offset,
  },
  loose,
);
const anchorSpan = object({ start: offset, end: offset }, loose);

/** Where a note sits: W3C TextQuoteSelector (exact words with context) plus TextPositionSelector (UTF-16 offsets), and its section. */
export const noteAnchor: Check<Infer<typeof anchorFields>> = (value, at) => {
  // Its offsets first, as the hand-written reader did, then the words.
  const { start, end } = anchorSpan(value, at);
  if (end < start) worded(`${at}.end`, 'an offset from its start', `${at}.end is before its start`);
  return anchorFields(value, at);
};

/** An answer in a note's thread. */
export const noteReply = object({ id: words, author: words, text: words, created: time, edited: timeOrNull }, loose);

/** Why a merge kept a second text on a note (`both-edited`, or `deleted-elsewhere`: deleted on one side, edited on the other). */
export const noteConflict = object(
  {
    reason,
    /** The other side's text (for `deleted-elsewhere`: the text as it was edited). */
    text: words,
    author: words,
    at: time,
    /** Set when the clash was over a reply of the note (that reply's id), not the note's own text. */
    replyId: optional(words),
  },
  { ...loose, first: ['reason', 'replyId'] },
);

/** A note or reply (or an undone dismissal: `id` is its key) deleted on purpose, so a merge tells a deletion from an older copy. */
export const tombstone = object(
  {
    id: words,
    /** For a reply: the id of its note. */
    note: optional(words),
    by: words,
    at: time,
  },
  { ...loose, first: ['note'] },
);

const resolvedFields = object({ by: words, at: time }, loose);
// A note written without `resolved` is open, as one with null.
const resolved: Check<Infer<typeof resolvedFields> | null> = (value, at) =>
  value === null || value === undefined ? null : resolvedFields(value, at);

// A note written before merges kept conflicts has none (and a `conflicts` that is no list is read as none, as before).
const conflicts: Check<Infer<typeof noteConflict>[]> = (value, at) => (Array.isArray(value) ? list(noteConflict, Infinity)(value, at) : []);

const noteFields = object(
  {
    id: words,
    author: words,
    tag,
    text: words,
    created: time,
    edited: timeOrNull,
    resolved,
    anchor: noteAnchor,
    replies: list(noteReply, Infinity),
    /** Texts a merge kept beside this note's own; empty when there was no clash. */
    conflicts,
  },
  loose,
);
// The hand-written reader checked a note's tag, and that `resolved` is an object, before the rest.
const resolvedIsObject = is(
  (value): value is object | null | undefined => value == null || (typeof value === 'object' && !Array.isArray(value)),
  'an object',
);
const noteHead = object({ tag, resolved: resolvedIsObject }, loose);

/** A coach's note on some words of the talk (times are ISO 8601). */
export const note: Check<Infer<typeof noteFields>> = (value, at) => {
  noteHead(value, at);
  return noteFields(value, at);
};

/** A finding the coach set aside, with the reason: it stops counting towards its score. */
export const dismissal = object({ ...findingFields(words), reason: words, author: words, at: time }, loose);

const notes: Check<Infer<typeof note>[]> = (value, at) => {
  const checked = list(note, Infinity)(value, at);
  const ids = new Set<string>();
  for (const { id } of checked) {
    if (ids.has(id)) worded(at, 'notes with distinct ids', `two notes share the id "${id}"`);
    ids.add(id);
  }
  return checked;
};

/** `format`: always "sticky-notes", so a stray JSON file is never taken for a sidecar. */
export const sidecarFormat: Check<typeof SIDECAR_FORMAT> = (value, at) =>
  value === SIDECAR_FORMAT ? value : worded(at, `"${SIDECAR_FORMAT}"`, `"format" should be "${SIDECAR_FORMAT}"`);

/** `version`: a whole number from 1 (one above this build's is a newer Sticky's file, told apart before the rest is read). */
export const sidecarVersion: Check<number> = (value, at) =>
  Number.isSafeInteger(value) && (value as number) >= 1
    ? (value as number)
    : worded(at, 'a whole number from 1', '"version" should be a whole number from 1');

/** The talk a sidecar names, whatever else it holds: read alone to tell whose a short sidecar name is. */
export const sidecarOwner = object({ talk: words }, loose);

/** What every sidecar starts with, whatever its version: read first, to leave a newer one alone. */
export const sidecarHead = object({ format: sidecarFormat, version: sidecarVersion }, loose);

/** The contents of a sidecar file (read from the top, `at` empty). */
export const sidecarFile = object(
  {
    format: sidecarFormat,
    version: sidecarVersion,
    /** The talk file's name (no folder) the sidecar belongs to. */
    talk: words,
    authors: tolerantList(words, Infinity),
    notes,
    dismissals: list(dismissal, Infinity),
    /** Notes and replies deleted on purpose; absent in files written before tombstones existed. */
    deleted: optional(list(tombstone, Infinity)),
  },
  { ...loose, first: ['format', 'version', 'notes'] },
);

/** A refusal as the sidecar's messages say it: "notes[0].id should be text", "the file.talk should be text". */
export function sidecarRefusal(refusal: Refused): string {
  if (refusal.sentence !== undefined) return refusal.sentence;
  const at = refusal.at === '' ? 'the file' : /^\w+$/.test(refusal.at) ? `the file.${refusal.at}` : refusal.at;
  return `${at} should be ${refusal.expected}`;
}
