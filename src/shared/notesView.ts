import type { Dismissal, Note } from './notes';

/** Where a note's words are in the talk as it is now: found exactly, found nearly, or gone. */
export interface NotePlacement {
  status: 'exact' | 'fuzzy' | 'orphaned';
  start: number;
  end: number;
  sectionId: string | null;
  sectionTitle: string | null;
  /** True when the words are now in another section than the one the note was written in. */
  moved: boolean;
  /** Why an orphan was not looked for: the talk's notes took all the time placing them may take. */
  reason?: 'too-much-work';
  /** For 'fuzzy': the words there now (the note's anchor keeps the words it was written on). */
  words?: string;
}

/** A note and where it sits in the talk as it is now. */
export interface PlacedNote extends Note {
  placement: NotePlacement;
}

/** What the app's notes screens show for one open talk: a plain object, it crosses IPC. */
export interface NotesView {
  path: string;
  /** False when the sidecar is corrupt or newer: the notes are shown read-only and `problem` says why. */
  writable: boolean;
  problem: string | null;
  authors: string[];
  /** Placed notes (exact or fuzzy), in the talk's order. */
  notes: PlacedNote[];
  /** Notes whose words are gone, with their old quote and section. */
  orphans: PlacedNote[];
  dismissals: Dismissal[];
  /** Dismissals that match no finding of the analysis given (empty when none was given): show them, they are not lost. */
  staleDismissals: Dismissal[];
  /** What the last merge decided, for a notice (empty when nothing clashed). */
  mergeMessages: string[];
}

/** One change the coach or client makes; each maps to one function of noteEdits.ts (its schema: schema/notes.ts). */
export type { NoteCommand } from './schema/notes';
