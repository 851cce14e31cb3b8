import {
  NOTE_TAGS,
  SIDECAR_FORMAT,
  SIDECAR_VERSION,
  type Dismissal,
  type Note,
  type NoteAnchor,
  type NoteConflict,
  type NoteReply,
  type Sidecar,
  type Tombstone,
} from '../../../shared/notes';

/** What reading a sidecar's text gave: the sidecar, or why it cannot be used. */
export type ParsedSidecar = { ok: true; sidecar: Sidecar } | { ok: false; kind: 'corrupt' | 'newer-version'; detail: string };

class Invalid extends Error {}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

function field<T>(raw: Raw, key: string, where: string, check: (value: unknown) => value is T, expected: string): T {
  const value = raw[key];
  if (!check(value)) throw new Invalid(`${where}.${key} should be ${expected}`);
  return value;
}
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isOffset = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

function objectAt(value: unknown, where: string): Raw {
  if (!isObject(value)) throw new Invalid(`${where} should be an object`);
  return value;
}

function anchorOf(value: unknown, where: string): NoteAnchor {
  const raw = objectAt(value, where);
  const text = (key: string): string => field(raw, key, where, isString, 'text');
  const start = field(raw, 'start', where, isOffset, 'an offset');
  const end = field(raw, 'end', where, isOffset, 'an offset');
  if (end < start) throw new Invalid(`${where}.end is before its start`);
  return {
    sectionId: text('sectionId'),
    sectionTitle: text('sectionTitle'),
    exact: text('exact'),
    prefix: text('prefix'),
    suffix: text('suffix'),
    start,
    end,
  };
}

function replyOf(value: unknown, where: string): NoteReply {
  const raw = objectAt(value, where);
  const text = (key: string): string => field(raw, key, where, isString, 'text');
  return {
    id: text('id'),
    author: text('author'),
    text: text('text'),
    created: text('created'),
    edited: field(raw, 'edited', where, isStringOrNull, 'a time or null'),
  };
}

function conflictOf(value: unknown, where: string): NoteConflict {
  const raw = objectAt(value, where);
  const reason = raw['reason'];
  if (reason !== 'both-edited' && reason !== 'deleted-elsewhere') throw new Invalid(`${where}.reason is unknown`);
  const text = (key: string): string => field(raw, key, where, isString, 'text');
  const replyId = raw['replyId'];
  if (replyId !== undefined && !isString(replyId)) throw new Invalid(`${where}.replyId should be text`);
  return { reason, text: text('text'), author: text('author'), at: text('at'), ...(replyId === undefined ? {} : { replyId }) };
}

// Tombstones came with format version 1 unchanged: a file without them (an older Sticky's) has none.
function tombstoneOf(value: unknown, where: string): Tombstone {
  const raw = objectAt(value, where);
  const text = (key: string): string => field(raw, key, where, isString, 'text');
  const note = raw['note'];
  if (note !== undefined && !isString(note)) throw new Invalid(`${where}.note should be text`);
  return { id: text('id'), ...(note === undefined ? {} : { note }), by: text('by'), at: text('at') };
}

function noteOf(value: unknown, where: string): Note {
  const raw = objectAt(value, where);
  const text = (key: string): string => field(raw, key, where, isString, 'text');
  const tag = raw['tag'];
  if (!NOTE_TAGS.includes(tag as Note['tag'])) throw new Invalid(`${where}.tag "${String(tag)}" is not a principle, blind spot or general`);
  const resolvedRaw = raw['resolved'];
  const resolved = resolvedRaw === null || resolvedRaw === undefined ? null : objectAt(resolvedRaw, `${where}.resolved`);
  return {
    id: text('id'),
    author: text('author'),
    tag: tag as Note['tag'],
    text: text('text'),
    created: text('created'),
    edited: field(raw, 'edited', where, isStringOrNull, 'a time or null'),
    resolved: resolved
      ? {
          by: field(resolved, 'by', `${where}.resolved`, isString, 'text'),
          at: field(resolved, 'at', `${where}.resolved`, isString, 'text'),
        }
      : null,
    anchor: anchorOf(raw['anchor'], `${where}.anchor`),
    replies: field(raw, 'replies', where, isArray, 'a list').map((reply, index) => replyOf(reply, `${where}.replies[${index}]`)),
    conflicts: (isArray(raw['conflicts']) ? raw['conflicts'] : []).map((item, index) => conflictOf(item, `${where}.conflicts[${index}]`)),
  };
}

function dismissalOf(value: unknown, where: string): Dismissal {
  const raw = objectAt(value, where);
  const text = (key: string): string => field(raw, key, where, isString, 'text');
  return {
    key: text('key'),
    ruleId: text('ruleId'),
    sectionId: text('sectionId'),
    actual: text('actual'),
    reason: text('reason'),
    author: text('author'),
    at: text('at'),
  };
}

/** Reads a sidecar's text. Never throws: a file that is not a valid sidecar says exactly why. */
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
    const top = objectAt(raw, 'the file');
    if (top['format'] !== SIDECAR_FORMAT) throw new Invalid(`"format" should be "${SIDECAR_FORMAT}"`);
    const version = top['version'];
    if (!Number.isSafeInteger(version) || (version as number) < 1) throw new Invalid('"version" should be a whole number from 1');
    if ((version as number) > SIDECAR_VERSION) return { ok: false, kind: 'newer-version', detail: String(version) };
    const notes = field(top, 'notes', 'the file', isArray, 'a list').map((note, index) => noteOf(note, `notes[${index}]`));
    const ids = new Set<string>();
    for (const note of notes) {
      if (ids.has(note.id)) throw new Invalid(`two notes share the id "${note.id}"`);
      ids.add(note.id);
    }
    return {
      ok: true,
      sidecar: {
        format: SIDECAR_FORMAT,
        version: SIDECAR_VERSION,
        talk: field(top, 'talk', 'the file', isString, 'text'),
        authors: field(top, 'authors', 'the file', isArray, 'a list').filter(isString),
        notes,
        dismissals: field(top, 'dismissals', 'the file', isArray, 'a list').map((item, index) => dismissalOf(item, `dismissals[${index}]`)),
        deleted: (top['deleted'] === undefined ? [] : field(top, 'deleted', 'the file', isArray, 'a list')).map((item, index) =>
          tombstoneOf(item, `deleted[${index}]`),
        ),
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, kind: 'corrupt', detail: error.message };
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
