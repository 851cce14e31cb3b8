import type { Infer } from './schema/check';
import {
  SIDECAR_FORMAT,
  type dismissal,
  type note,
  type noteAnchor,
  type noteConflict,
  type noteReply,
  type sidecarFile,
  type tombstone,
} from './schema/sidecar';

export { NOTE_TAGS, SIDECAR_FORMAT, type NoteTag } from './schema/sidecar';

/** The sidecar format version this build writes; a higher one is never overwritten. */
export const SIDECAR_VERSION = 1;

// The sidecar's shapes are its schemas' (shared/schema/sidecar.ts), each type inferred from one.

/**
 * Where a note sits in the talk: the W3C Web Annotation TextQuoteSelector (exact words with
 * context) plus TextPositionSelector (UTF-16 offsets into the talk's text as read), and the
 * section it was in.
 */
export type NoteAnchor = Infer<typeof noteAnchor>;

/** An answer in a note's thread. */
export type NoteReply = Infer<typeof noteReply>;

/** Why a merge kept a second text on a note: nothing is ever silently dropped. */
export type NoteConflict = Infer<typeof noteConflict>;

/**
 * A note or reply deleted on purpose: its id, who deleted it and when. Kept in the sidecar so a
 * merge can tell a deletion from an older copy of the file that never had the note.
 */
export type Tombstone = Infer<typeof tombstone>;

/** A coach's note on some words of the talk. */
export type Note = Infer<typeof note>;

/** A finding the coach set aside, with the reason: it stops counting towards its score. */
export type Dismissal = Infer<typeof dismissal>;

/** The contents of a sidecar file (`talk.sticky.json`): see docs/sidecar.md. */
export type Sidecar = Infer<typeof sidecarFile>;

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
