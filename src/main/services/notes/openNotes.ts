import { basename } from 'node:path';
import type { NotesUpdate, OpenedTalk, TalkUpdate } from '../../../shared/api';
import type { TalkAnalysis } from '../../../shared/analysis';
import type { Dismissal } from '../../../shared/notes';
import type { Lang } from '../../../shared/talk';
import type { NoteCommand, NotesView } from '../../../shared/notesView';
import type { WatchFile } from '../fileWatcher';
import { UserError } from '../userError';
import { NoteEditError } from './noteEdits';
import { NotesNotSaved, TalkNotes, type TalkNow } from './notesService';

/** What the open talk's notes need from the rest of the app. */
export interface OpenNotesDeps {
  watchFile: WatchFile;
  /** Pushes the notes to the window (on the talk update channel). */
  emit: (update: NotesUpdate) => void;
  /** The author name from Settings: never taken from the window. */
  author: () => string;
  /** The open talk's full analysis, for dismissals that no longer match a finding. */
  analysis: () => TalkAnalysis | null;
  /** Scores the open talk again (after the dismissals changed). */
  rescore: () => void;
  /** Whether a path is a sample bundled with Sticky: its notes are read, never written (it lives in the app). */
  isSample?: (path: string) => boolean;
}

/** Why a bundled sample takes no notes, in the talk's language. */
const SAMPLE_READ_ONLY: Record<Lang, string> = {
  en: 'This is a sample that comes with Sticky: save a copy of it somewhere of your own and open that to add notes.',
  nl: 'Dit is een voorbeeld dat bij Sticky hoort: bewaar er ergens een kopie van en open die om notities toe te voegen.',
};

const keyOf = (dismissals: readonly Dismissal[]): string => JSON.stringify(dismissals.map((item) => [item.key, item.reason, item.author]));

/**
 * The notes of the talk that is open in the app: opened with the talk, viewed again when the talk
 * is reloaded or re-scored, and pushed to the window whenever the sidecar changes on disk. A talk
 * dropped without a path has no sidecar and so no notes.
 */
export class OpenNotes {
  private notes: TalkNotes | null = null;
  private talk: OpenedTalk | null = null;
  private dismissed = '[]';

  constructor(private readonly deps: OpenNotesDeps) {}

  /** The dismissals to score the open talk with. */
  dismissals(): Dismissal[] {
    return this.notes?.dismissals() ?? [];
  }

  /** The notes of the open talk now, or null when it has none (no talk, or one without a file). */
  view(): NotesView | null {
    if (!this.notes || !this.talk) return null;
    const view = this.notes.view(this.now(this.talk));
    return this.isSample() ? { ...view, writable: false, problem: SAMPLE_READ_ONLY[this.talk.talk.lang] } : view;
  }

  /** Follows the talk service's updates: opens, re-views and closes the notes with the talk. */
  follow(update: TalkUpdate): void {
    if (update.kind === 'notes') return;
    if (update.kind === 'analysed') {
      if (this.talk?.key === update.key) this.push();
      return;
    }
    const current = update.current;
    if (update.kind === 'opened' || current?.path !== this.talk?.path) this.open(current);
    else if (current && update.kind === 'reloaded') {
      this.talk = current;
      this.push();
      this.storePlacements();
    }
  }

  /**
   * Applies a command as the author set in Settings; re-scores when the dismissals changed. A
   * change the sidecar cannot take (blocked meanwhile) is refused with a UserError, never
   * answered with a view as if it had been saved: the window keeps what the user typed.
   */
  async run(command: NoteCommand): Promise<NotesView> {
    if (!this.notes || !this.talk) throw new UserError('bad-request', 'Open a talk file first: notes are kept beside it.');
    if (this.isSample()) throw new UserError('forbidden', SAMPLE_READ_ONLY.en);
    let view: NotesView;
    try {
      view = await this.notes.run(command, this.deps.author().trim());
    } catch (error) {
      if (error instanceof NotesNotSaved) {
        this.push(); // the notes panel shows why, read-only
        throw new UserError('forbidden', `${error.message} What you typed is still in the form.`, {
          reason: 'notes-not-saved',
          name: basename(error.problem.path),
        });
      }
      if (error instanceof NoteEditError)
        throw new UserError(error.code === 'not-found' ? 'not-found' : 'bad-request', error.message, error.params);
      // Offsets outside the talk as it is now (it changed under the selection): say so, change nothing.
      if (error instanceof RangeError) throw new UserError('bad-request', `${error.message} Select the words again.`);
      throw error;
    }
    this.rescoreIfDismissalsChanged();
    // The view after a possible re-score, with what the save's merge decided (if the file had changed).
    const shown = { ...(this.view() ?? view), mergeMessages: view.mergeMessages };
    this.push(shown);
    return shown;
  }

  /** Stops watching the sidecar. */
  async close(): Promise<void> {
    await this.notes?.close();
    this.notes = null;
  }

  /** Synchronous, so the first scoring of the talk (right after 'opened') has its dismissals. */
  private open(talk: OpenedTalk | null): void {
    void this.notes?.close();
    this.notes = null;
    this.talk = talk;
    if (!talk?.path) {
      this.deps.emit({ kind: 'notes', key: talk?.key ?? '', notes: null });
      return;
    }
    const notes = new TalkNotes(talk.path, this.now(talk));
    this.notes = notes;
    this.dismissed = keyOf(notes.dismissals());
    notes.watch(this.deps.watchFile, (merged) => {
      if (this.notes !== notes) return;
      this.rescoreIfDismissalsChanged();
      // What the merge decided (a note edited on both sides) goes to the window once, with this push.
      const view = this.view();
      this.push(view && { ...view, mergeMessages: merged.mergeMessages });
    });
    this.push();
    this.storePlacements();
  }

  /**
   * Stores where the notes were just found, so the next placing starts from there (never for a
   * sample: its notes are not written). A save that failed (a full disk) is tried again at the next
   * reload; one that merged a change on disk shows the notes again with what the merge did.
   */
  private storePlacements(): void {
    const notes = this.notes;
    if (!notes || !this.talk || this.isSample()) return;
    notes.storePlacements(this.now(this.talk)).then(
      (stored) => {
        if (!stored || stored.mergeMessages.length === 0 || this.notes !== notes) return;
        const view = this.view();
        if (view) this.push({ ...view, mergeMessages: stored.mergeMessages });
      },
      () => undefined,
    );
  }

  private isSample(): boolean {
    return Boolean(this.talk?.path && this.deps.isSample?.(this.talk.path));
  }

  private rescoreIfDismissalsChanged(): void {
    const now = keyOf(this.dismissals());
    if (now === this.dismissed) return;
    this.dismissed = now;
    this.deps.rescore();
  }

  private now(talk: OpenedTalk): TalkNow {
    const analysis = this.deps.analysis();
    return { text: talk.text, talk: talk.talk, ...(analysis ? { analysis } : {}) };
  }

  private push(view: NotesView | null = this.view()): void {
    if (this.talk) this.deps.emit({ kind: 'notes', key: this.talk.key, notes: view });
  }
}
