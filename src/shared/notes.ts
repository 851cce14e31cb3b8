import { BLIND_SPOTS, PRINCIPLES, type BlindSpotId, type PrincipleId } from './analysis';

/** The sidecar format version this build writes; a higher one is never overwritten. */
export const SIDECAR_VERSION = 1;

/** The `format` value every sidecar carries, so a stray JSON file is never taken for one. */
export const SIDECAR_FORMAT = 'sticky-notes';

/** What a note is about: one of the six principles, one of the six blind spots, or general. */
export type NoteTag = PrincipleId | BlindSpotId | 'general';

/** Every tag a note may carry, principles first. */
export const NOTE_TAGS: readonly NoteTag[] = [...PRINCIPLES, ...BLIND_SPOTS, 'general'];

/**
 * Where a note sits in the talk: the W3C Web Annotation TextQuoteSelector (exact words with
 * context) plus TextPositionSelector (UTF-16 offsets into the talk's text as read), and the
 * section it was in.
 */
export interface NoteAnchor {
  sectionId: string;
  sectionTitle: string;
  exact: string;
  /** Up to 32 characters before the quote. */
  prefix: string;
  /** Up to 32 characters after the quote. */
  suffix: string;
  start: number;
  end: number;
}

/** An answer in a note's thread. */
export interface NoteReply {
  id: string;
  author: string;
  text: string;
  created: string;
  edited: string | null;
}

/** Why a merge kept a second text on a note: nothing is ever silently dropped. */
export interface NoteConflict {
  /** `both-edited`: changed here and in the file; `deleted-elsewhere`: deleted on one side, edited on the other. */
  reason: 'both-edited' | 'deleted-elsewhere';
  /** The other side's text (for `deleted-elsewhere`: the text as it was edited). */
  text: string;
  author: string;
  at: string;
  /** Set when the clash was over a reply of the note (that reply's id), not the note's own text. */
  replyId?: string;
}

/**
 * A note or reply deleted on purpose: its id, who deleted it and when. Kept in the sidecar so a
 * merge can tell a deletion from an older copy of the file that never had the note.
 */
export interface Tombstone {
  id: string;
  /** For a reply: the id of its note. */
  note?: string;
  by: string;
  at: string;
}

/** A coach's note on some words of the talk. */
export interface Note {
  id: string;
  author: string;
  tag: NoteTag;
  text: string;
  /** ISO 8601 times. */
  created: string;
  edited: string | null;
  resolved: { by: string; at: string } | null;
  anchor: NoteAnchor;
  replies: NoteReply[];
  /** Texts a merge kept beside this note's own; empty when there was no clash. */
  conflicts: NoteConflict[];
}

/** A finding the coach set aside, with the reason: it stops counting towards its score. */
export interface Dismissal {
  /** findingKey() of the finding: stable while its rule, section, words and their order stay. */
  key: string;
  ruleId: string;
  sectionId: string;
  /** The words the finding pointed at, so a report can show them even when the finding is gone. */
  actual: string;
  reason: string;
  author: string;
  at: string;
}

/** The contents of a sidecar file (`talk.sticky.json`): see docs/sidecar.md. */
export interface Sidecar {
  format: typeof SIDECAR_FORMAT;
  version: number;
  /** The talk file's name (no folder) the sidecar belongs to. */
  talk: string;
  authors: string[];
  notes: Note[];
  dismissals: Dismissal[];
  /** Notes and replies deleted on purpose; absent in files written before tombstones existed. */
  deleted?: Tombstone[];
}

/** Why a sidecar cannot be used: it is left exactly as it is. */
export interface SidecarProblem {
  kind: 'corrupt' | 'newer-version' | 'unreadable' | 'not-a-file' | 'read-only';
  path: string;
  /**
   * For `corrupt`: what is wrong; for `newer-version`: the version found; for `not-a-file`: what
   * it is instead (cappedRead's Refusal); for `unreadable` and `read-only`: the system's error code.
   */
  detail: string;
}

/**
 * The stable key of a finding: its rule, its section, its words (spaces folded, lower case) and
 * which occurrence of those words in that section it is (0-based). Re-analysis of an unchanged
 * passage gives the same key; editing the words gives a new one.
 */
export function findingKey(ruleId: string, sectionId: string, actual: string, occurrence: number): string {
  return `${keyBase(ruleId, sectionId, actual)}|${occurrence}`;
}

/** The section a finding key names (its second field; rule and section ids hold no `|`). */
export const keySection = (key: string): string => key.split('|')[1] ?? '';

/** A finding's key without its occurrence. Words with no run of whitespace skip the regex: most are one word. */
const keyBase = (ruleId: string, sectionId: string, actual: string): string =>
  `${ruleId}|${sectionId}|${(/\s/.test(actual) ? actual.replace(/\s+/g, ' ').trim() : actual).toLowerCase()}`;

/** Keys for findings in source order: the nth finding with the same rule, section and words gets occurrence n. */
export function findingKeys(findings: readonly { ruleId: string; sectionId?: string; actual?: string }[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = keyBase(finding.ruleId, finding.sectionId ?? '', finding.actual ?? '');
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return `${base}|${occurrence}`;
  });
}

/** An empty sidecar for a talk file name. */
export function emptySidecar(talk: string): Sidecar {
  return { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, talk, authors: [], notes: [], dismissals: [] };
}
