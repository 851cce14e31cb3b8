import type { NotesUpdate } from '../../../../shared/api';
import type { NoteTag } from '../../../../shared/notes';
import type { NoteCommand, NotesView, PlacedNote } from '../../../../shared/notesView';
import type { Finding } from '../../../../shared/talk';
import { api } from '../api';
import type { Notices } from './notices.svelte';

/** Words chosen in the section view, as offsets into the talk's text. */
export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

/** Which notes the coach's panel lists. */
export interface NoteFilter {
  tag: NoteTag | 'all';
  status: 'all' | 'open' | 'resolved';
  author: string;
}

const ALL: NoteFilter = { tag: 'all', status: 'all', author: 'all' };

const isTyping = (target: EventTarget | null): boolean =>
  typeof HTMLElement !== 'undefined' &&
  (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement);

/**
 * The open talk's notes as the window shows them: the main process owns the sidecar and pushes
 * every change; this keeps the selection, the composer, the filter and which note is in focus.
 * Keys: `n` adds a note to the selected words, `]` and `[` step through the notes.
 */
export class NotesState {
  #view = $state.raw<NotesView | null>(null);
  #key = $state<string | null>(null);
  #selection = $state.raw<TextSelection | null>(null);
  #composing = $state(false);
  #focused = $state<string | null>(null);
  #filter = $state.raw<NoteFilter>(ALL);

  constructor(
    private readonly notices: Notices,
    /** The name in Settings: whose notes may be edited and deleted here. */
    private readonly author: () => string,
  ) {}

  /** The notes of the open talk, or null when it has none (no file, or not loaded yet). */
  get view(): NotesView | null {
    return this.#view;
  }

  /** The words selected for a new note or a re-attachment. */
  get selection(): TextSelection | null {
    return this.#selection;
  }

  /** Whether the new-note form is open. */
  get composing(): boolean {
    return this.#composing;
  }

  /** The id of the note in focus (stepped to, or clicked). */
  get focused(): string | null {
    return this.#focused;
  }

  /** The coach's panel's filter. */
  get filter(): NoteFilter {
    return this.#filter;
  }

  /** The name notes are signed with; '' until set in Settings. */
  get me(): string {
    return this.author();
  }

  /** Placed notes in talk order, then orphans. */
  get all(): PlacedNote[] {
    return this.#view ? [...this.#view.notes, ...this.#view.orphans] : [];
  }

  /** The notes the panel's filter lets through (orphans included, they are listed apart). */
  get filtered(): PlacedNote[] {
    const { tag, status, author } = this.#filter;
    return this.all.filter(
      (note) =>
        (tag === 'all' || note.tag === tag) &&
        (status === 'all' || (status === 'resolved') === (note.resolved !== null)) &&
        (author === 'all' || note.author === author || note.replies.some((reply) => reply.author === author)),
    );
  }

  /** The placed notes of one section, in the order of their words. */
  inSection(sectionId: string): PlacedNote[] {
    return (this.#view?.notes ?? []).filter((note) => note.placement.sectionId === sectionId);
  }

  /** Whether the author in Settings wrote this note or reply. */
  isMine(item: { author: string }): boolean {
    return this.author() !== '' && item.author === this.author();
  }

  /** Loads the notes of the open talk (at start-up, and after the window missed an update). */
  async load(key: string | null): Promise<void> {
    try {
      const view = await api().notes();
      this.#key = key;
      this.#view = view;
    } catch (error) {
      this.notices.showFailure('talk', error);
    }
  }

  /** Applies a notes update pushed by the main process; another talk's notes replace these. */
  apply(update: NotesUpdate): void {
    if (update.key !== this.#key) {
      this.#selection = null;
      this.#composing = false;
      this.#focused = null;
    }
    this.#key = update.key;
    this.#view = update.notes;
    if (update.notes?.mergeMessages.length) this.notices.show('talk', { tone: 'info', message: update.notes.mergeMessages.join(' ') });
  }

  /** Remembers the words selected in the section view (null: nothing selected). */
  select(selection: TextSelection | null): void {
    this.#selection = selection;
    if (!selection) this.#composing = false;
  }

  /** Opens the new-note form for the selected words; false when no words are selected. */
  compose(): boolean {
    if (!this.#selection) return false;
    this.#composing = true;
    return true;
  }

  /** Closes the new-note form. */
  cancel(): void {
    this.#composing = false;
  }

  /** Filters the coach's panel. */
  filterBy(change: Partial<NoteFilter>): void {
    this.#filter = { ...this.#filter, ...change };
  }

  /** Puts a note in focus (its words are marked more strongly). */
  focus(id: string | null): void {
    this.#focused = id;
  }

  /** Steps to the next (1) or previous (-1) placed note, wrapping around. */
  step(direction: 1 | -1): PlacedNote | null {
    const notes = this.#view?.notes ?? [];
    if (notes.length === 0) return null;
    const at = notes.findIndex((note) => note.id === this.#focused);
    const next = notes[at < 0 ? (direction === 1 ? 0 : notes.length - 1) : (at + direction + notes.length) % notes.length]!;
    this.#focused = next.id;
    return next;
  }

  /** Adds a note on the selected words. */
  async add(tag: NoteTag, text: string): Promise<boolean> {
    const selection = this.#selection;
    if (!selection) return false;
    const done = await this.run({ kind: 'add', tag, text, start: selection.start, end: selection.end });
    if (done) {
      this.#composing = false;
      this.#selection = null;
    }
    return done;
  }

  /** Moves a note (an orphan) onto the selected words. */
  async reattach(id: string): Promise<boolean> {
    const selection = this.#selection;
    if (!selection) return false;
    const done = await this.run({ kind: 'reattach', id, start: selection.start, end: selection.end });
    if (done) this.#selection = null;
    return done;
  }

  /** Changes the text and tag of one's own note (the main process refuses anyone else's). */
  editNote(id: string, text: string, tag: NoteTag): Promise<boolean> {
    return this.run({ kind: 'edit', id, text, tag });
  }

  /** Changes the text of one's own reply. */
  editReply(noteId: string, replyId: string, text: string): Promise<boolean> {
    return this.run({ kind: 'change-reply', id: noteId, replyId, text });
  }

  /** Dismisses a finding with a reason: it leaves the evidence and the scores. */
  dismiss(finding: Finding, sectionId: string, reason: string): Promise<boolean> {
    if (!finding.key) return Promise.resolve(false);
    return this.run({
      kind: 'dismiss',
      finding: { key: finding.key, ruleId: finding.ruleId, sectionId, actual: finding.actual ?? '' },
      reason,
    });
  }

  /** Runs a command in the main process (signed there with the name in Settings); false when refused. */
  async run(command: NoteCommand): Promise<boolean> {
    try {
      this.#view = await api().runNoteCommand(command);
      return true;
    } catch (error) {
      this.notices.showFailure('talk', error);
      return false;
    }
  }

  /** `n` adds a note to the selection; `]` and `[` step through the notes. True when the key was used. */
  onkeydown(event: KeyboardEvent): boolean {
    if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return false;
    const used =
      event.key === 'n' ? this.compose() : event.key === ']' ? this.step(1) !== null : event.key === '[' ? this.step(-1) !== null : false;
    if (used) event.preventDefault();
    return used;
  }
}
