import { SIDECAR_FORMAT, SIDECAR_VERSION, type Dismissal, type Note, type Sidecar, type Tombstone } from '../../../shared/notes';
import { Refused } from '../../../shared/schema/check';
import { sidecarFile, sidecarHead, sidecarRefusal } from '../../../shared/schema/sidecar';

/** What reading a sidecar's text gave: the sidecar, or why it cannot be used. */
export type ParsedSidecar = { ok: true; sidecar: Sidecar } | { ok: false; kind: 'corrupt' | 'newer-version'; detail: string };

/** Reads a sidecar's text with its schema (shared/schema/sidecar.ts). Never throws: a file that is not a valid sidecar says exactly why. */
export function parseSidecar(text: string): ParsedSidecar {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // Node's message quotes the text it choked on: the file may be a link to another file (a
    // password file), whose content must never be shown. Only where it went wrong is kept.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    return { ok: false, kind: 'corrupt', detail: at === undefined ? 'not valid JSON' : `not valid JSON at character ${at}` };
  }
  try {
    const { version } = sidecarHead(raw, '');
    if (version > SIDECAR_VERSION) return { ok: false, kind: 'newer-version', detail: String(version) };
    const sidecar = sidecarFile(raw, '');
    return { ok: true, sidecar: { ...sidecar, deleted: sidecar.deleted ?? [] } };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, kind: 'corrupt', detail: sidecarRefusal(error) };
    throw error;
  }
}

// Keys written in this order, whatever order the objects were built in, so a diff shows changes only.
const line = (value: unknown): string => JSON.stringify(value);
const canonicalNote = (note: Note): Note => ({
  id: note.id,
  author: note.author,
  tag: note.tag,
  created: note.created,
  edited: note.edited,
  resolved: note.resolved ? { by: note.resolved.by, at: note.resolved.at } : null,
  text: note.text,
  anchor: {
    sectionId: note.anchor.sectionId,
    sectionTitle: note.anchor.sectionTitle,
    exact: note.anchor.exact,
    prefix: note.anchor.prefix,
    suffix: note.anchor.suffix,
    start: note.anchor.start,
    end: note.anchor.end,
  },
  replies: note.replies.map((reply) => ({
    id: reply.id,
    author: reply.author,
    created: reply.created,
    edited: reply.edited,
    text: reply.text,
  })),
  conflicts: note.conflicts.map((conflict) => ({
    reason: conflict.reason,
    author: conflict.author,
    at: conflict.at,
    text: conflict.text,
    ...(conflict.replyId === undefined ? {} : { replyId: conflict.replyId }),
  })),
});
const canonicalDismissal = (item: Dismissal): Dismissal => ({
  key: item.key,
  ruleId: item.ruleId,
  sectionId: item.sectionId,
  actual: item.actual,
  author: item.author,
  at: item.at,
  reason: item.reason,
});

// The newest 1,000 tombstones are written (about 100 KB): years of one talk's deletions. One
// dropped can only let a very old copy bring a deleted note back, never lose one.
const MAX_TOMBSTONES = 1000;
const canonicalTombstone = (item: Tombstone): Tombstone => ({
  id: item.id,
  ...(item.note === undefined ? {} : { note: item.note }),
  by: item.by,
  at: item.at,
});

function list(items: unknown[]): string {
  return items.length === 0 ? '[]' : `[\n    ${items.map(line).join(',\n    ')}\n  ]`;
}

/**
 * Writes a sidecar as text: fixed key order, notes sorted by creation then id, dismissals by key
 * and tombstones (`deleted`) by time, one note or dismissal per line, so git diffs of a coach's session read line by line.
 */
export function serializeSidecar(sidecar: Sidecar): string {
  const notes = [...sidecar.notes].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id)).map(canonicalNote);
  const dismissals = [...sidecar.dismissals].sort((a, b) => a.key.localeCompare(b.key)).map(canonicalDismissal);
  const authors = [...new Set(sidecar.authors)].sort((a, b) => a.localeCompare(b));
  const deleted = [...(sidecar.deleted ?? [])]
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .slice(-MAX_TOMBSTONES)
    .map(canonicalTombstone);
  return [
    '{',
    `  "format": ${line(SIDECAR_FORMAT)},`,
    `  "version": ${SIDECAR_VERSION},`,
    `  "talk": ${line(sidecar.talk)},`,
    `  "authors": ${line(authors)},`,
    `  "notes": ${list(notes)},`,
    `  "dismissals": ${list(dismissals)},`,
    `  "deleted": ${list(deleted)}`,
    '}',
    '',
  ].join('\n');
}
