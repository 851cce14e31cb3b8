import type { DismissedFinding } from '../../../shared/analysis';
import type { Dismissal, Sidecar, SidecarProblem } from '../../../shared/notes';
import type { NoteCommand, NotesView } from '../../../shared/notesView';
import type { Lang, Talk } from '../../../shared/talk';
import { anchorSections, createAnchor } from '../../engine/anchors/createAnchor';
import { anchorsToStore } from '../../engine/anchors/followAnchor';
import { resolveAnchors, type AnchorPlacement } from '../../engine/anchors/resolveAnchor';
import { staleDismissals } from '../../engine/dismissals';
import type { StopWatching, WatchFile } from '../fileWatcher';
import * as edits from './noteEdits';
import { mergeEventMessage, mergeSummaryMessage, sidecarProblemMessage } from './sidecarMessages';
import { SidecarSession, type SidecarOutcome } from './sidecarSession';

export type { NoteCommand, NotesView, PlacedNote } from '../../../shared/notesView';

/** The talk as the notes see it now: its text as read and its parsed sections. */
export interface TalkNow {
  text: string;
  talk: Pick<Talk, 'sections' | 'lang'>;
  /** Its analysis with the dismissals applied, when there is one: to find dismissals that apply to nothing. */
  analysis?: { sections: readonly { dismissed?: DismissedFinding[] }[] };
}

/** Applies one command to a sidecar (pure; throws NoteEditError for a change that is not allowed). */
export function applyCommand(sidecar: Sidecar, actor: edits.Actor, command: NoteCommand, now: TalkNow): Sidecar {
  const anchorOf = (start: number, end: number) => createAnchor(now.text, anchorSections(now.talk), start, end);
  switch (command.kind) {
    case 'add':
      return edits.addNote(sidecar, actor, { tag: command.tag, text: command.text, anchor: anchorOf(command.start, command.end) }).sidecar;
    case 'edit':
      return edits.editNote(sidecar, actor, command.id, command);
    case 'delete':
      return edits.deleteNote(sidecar, actor, command.id);
    case 'reply':
      return edits.replyToNote(sidecar, actor, command.id, command.text);
    case 'change-reply':
      return edits.changeReply(sidecar, actor, command.id, command.replyId, command.text);
    case 'resolve':
      return edits.setResolved(sidecar, actor, command.id, command.resolved);
    case 'reattach':
      return edits.reattachNote(sidecar, command.id, anchorOf(command.start, command.end));
    case 'settle':
      return edits.settleConflicts(sidecar, command.id);
    case 'dismiss':
      return edits.dismissFinding(sidecar, actor, command.finding, command.reason);
    case 'undismiss':
      return edits.undismissFinding(sidecar, command.key, actor);
  }
}

/** What a merge did, for the window: a summary with counts, then each clash once. */
function mergeMessages(outcome: SidecarOutcome, lang: Lang): string[] {
  const summary =
    outcome.counts || outcome.unsaved !== undefined
      ? mergeSummaryMessage(outcome.counts ?? { keptHere: 0, tookThere: 0, conflicts: 0 }, outcome.restored === true, lang, outcome.unsaved)
      : null;
  const clashes = [...new Set(outcome.events.map((event) => mergeEventMessage(event, lang)))];
  return [...(summary ? [summary] : []), ...clashes];
}

/** Where a sidecar's notes are in the talk as it is now, in the sidecar's order. */
const placeAll = (sidecar: Sidecar, now: TalkNow): AnchorPlacement[] =>
  resolveAnchors(
    sidecar.notes.map((note) => note.anchor),
    now.text,
    anchorSections(now.talk),
  );

/** The view of a sidecar over the talk as it is now (and its analysis with the dismissals, if there is one). Pure. */
export function notesView(outcome: SidecarOutcome, now: TalkNow, lang: Lang): NotesView {
  const { state } = outcome;
  const placements = placeAll(state.sidecar, now);
  const placed = state.sidecar.notes
    .map((note, index) => ({ ...note, placement: placements[index]! }))
    .sort((a, b) => a.placement.start - b.placement.start || a.created.localeCompare(b.created));
  return {
    path: state.path,
    writable: state.status === 'ready',
    problem: state.status === 'blocked' ? sidecarProblemMessage(state.problem, lang) : null,
    authors: state.sidecar.authors,
    notes: placed.filter((note) => note.placement.status !== 'orphaned'),
    orphans: placed.filter((note) => note.placement.status === 'orphaned'),
    dismissals: state.sidecar.dismissals,
    staleDismissals: now.analysis ? staleDismissals(state.sidecar.dismissals, now.analysis.sections) : [],
    mergeMessages: mergeMessages(outcome, lang),
  };
}

/**
 * A change that was refused because the sidecar cannot be written now (it turned corrupt or newer
 * on disk, is not a file, or its folder is read-only): nothing was saved, and `view` shows why.
 */
export class NotesNotSaved extends Error {
  constructor(
    readonly problem: SidecarProblem,
    readonly view: NotesView,
  ) {
    super(`Nothing was saved: ${sidecarProblemMessage(problem, 'en')}`);
    this.name = 'NotesNotSaved';
  }
}

/**
 * The notes of one open talk for the app: opens its sidecar, applies commands, and tells the
 * window when the sidecar changed on disk. Re-analyse with `dismissals()` after a dismiss/undismiss.
 */
export class TalkNotes {
  private readonly session: SidecarSession;
  private stopWatching: StopWatching | null = null;

  constructor(
    talkPath: string,
    private now: TalkNow,
  ) {
    this.session = SidecarSession.open(talkPath);
  }

  /** The view now (after the talk itself changed: pass its new text and sections). */
  view(now: TalkNow = this.now): NotesView {
    this.now = now;
    return notesView({ state: this.session.state, events: [], merged: false }, now, now.talk.lang);
  }

  /** Applies a command as `author` and saves (merging with the file on disk); throws NotesNotSaved when the sidecar is blocked. */
  async run(command: NoteCommand, author: string, at = new Date()): Promise<NotesView> {
    const outcome = await this.session.changeAsync((sidecar) =>
      applyCommand(sidecar, { author, now: at.toISOString() }, command, this.now),
    );
    const view = notesView(outcome, this.now, this.now.talk.lang);
    if (outcome.state.status === 'blocked') throw new NotesNotSaved(outcome.state.problem, view);
    return view;
  }

  /**
   * Stores where the notes were just found (anchors/followAnchor.ts), so their last place decides
   * the next placing, not the first draft's offsets: through the same locked, atomic save as a
   * change, and only when a placement moved. Resolves to the view after the save when it wrote
   * (with what its merge decided), or null when nothing moved or the sidecar cannot be written now.
   */
  async storePlacements(now: TalkNow = this.now): Promise<NotesView | null> {
    const { state } = this.session;
    if (state.status !== 'ready') return null;
    const placed = state.sidecar.notes;
    const moved = anchorsToStore(placed, placeAll(state.sidecar, now), now.text, anchorSections(now.talk));
    if (moved.size === 0) return null;
    const before = new Map(placed.map((note) => [note.id, note.anchor]));
    const outcome = await this.session.changeAsync((sidecar) => ({
      ...sidecar,
      // A note re-attached (or changed elsewhere) meanwhile keeps its new anchor.
      notes: sidecar.notes.map((note) => {
        const anchor = moved.get(note.id);
        return anchor && note.anchor === before.get(note.id) ? { ...note, anchor } : note;
      }),
    }));
    return outcome.state.status === 'ready' ? notesView(outcome, now, now.talk.lang) : null;
  }

  /** The dismissals to pass to the analysis (`analyseTalk(text, { dismissed })`). */
  dismissals(): Dismissal[] {
    return this.session.state.sidecar.dismissals;
  }

  /** Watches the sidecar; `onChange` gets the merged view (its mergeMessages say what clashed). */
  watch(watchFile: WatchFile, onChange: (view: NotesView) => void): void {
    this.stopWatching = this.session.watch(watchFile, (outcome) => onChange(notesView(outcome, this.now, this.now.talk.lang)));
  }

  /** Stops watching. */
  async close(): Promise<void> {
    await this.stopWatching?.();
    this.stopWatching = null;
  }
}
