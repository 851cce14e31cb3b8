import type { AnalysisView, SectionEvidence, SectionSummary } from './analysis';
import type { DraftComparison } from './compare';
import type { ApiError } from './errors';
import type { ScoreSnapshot } from './history';
import type { NoteCommand, NotesView } from './notesView';
import type { RehearsalPlan, RehearsalRun } from './rehearsal';
import type { RecentFile, TalkDefaults, ThemeChoice, UiLanguage } from './settings';
import type { Infer } from './schema/check';
import type { settingsChange } from './schema/settings';
import type { Talk, Variant, VariantPlan } from './talk';

/** A talk as the app shows it: the parsed talk, its plan per variant, and its file. */
export interface OpenedTalk {
  /** Absolute path, or null for a talk dropped without a path (not watched). */
  path: string | null;
  name: string;
  talk: Talk;
  plans: Record<Variant, VariantPlan>;
  /** The file's text as read: the coaching screens show sections from it, as inert text. */
  text: string;
  /** Identifies the talk for rehearsal history and settings: its path, or its name when dropped. */
  key: string;
  /** The speaker's measured pace used for the plans instead of the talk's wpm, if chosen. */
  pace: number | null;
  /**
   * The scores, once computed (the outline shows first; an `analysed` update follows). Sections'
   * findings and spoken text are fetched one section at a time (sectionEvidence).
   */
  analysis: AnalysisView | null;
  /** Milliseconds since the epoch when this version was read. */
  loadedAt: number;
  /** Set when the file had to be read in another encoding than UTF-8. */
  encodingNote: string | null;
}

/**
 * What an open call answers: which talk and version were opened. The talk itself reaches the
 * window once, with the `opened` update that follows (it is not sent twice).
 */
export interface OpenReceipt {
  path: string | null;
  name: string;
  key: string;
  loadedAt: number;
}

/** A talk bundled with Sticky. */
export interface SampleTalk {
  path: string;
  name: string;
  title: string;
  lang: 'en' | 'nl';
}

/** Everything the first screen needs. */
export interface AppState {
  current: OpenedTalk | null;
  /** The last open failure, shown until another talk opens. */
  error: ApiError | null;
  recent: RecentFile[];
  samples: SampleTalk[];
  theme: ThemeChoice;
  soundCue: boolean;
  microphone: boolean;
  /** Whether a rehearsal's audio is kept as a WAV file beside the run (only with the microphone on). */
  keepRecording: boolean;
  talkDefaults: TalkDefaults;
  uiLanguage: UiLanguage;
  /** The name the coach's notes and dismissals are signed with ('' until set). */
  author: string;
}

/** The settings a user changes in the settings panel: any of them, each checked as stored (shared/schema/settings.ts). */
export type SettingsChange = Infer<typeof settingsChange>;

/** Pushed by the main process when the open talk changes (its notes come on the same channel). */
export type TalkUpdate = TalkChange | TalkScored | NotesUpdate;

/**
 * The open talk's notes changed: opened with the talk, re-placed after it was reloaded or
 * re-scored, changed by a command, or changed in the sidecar on disk (merged). Null: no notes
 * (a talk dropped without a file has no sidecar).
 */
export interface NotesUpdate {
  kind: 'notes';
  /** The talk (OpenedTalk.key) these notes are for. */
  key: string;
  notes: NotesView | null;
}

/** What "Export report" and `sticky report` write: the one list of report formats. */
export const REPORT_FORMATS = ['html', 'md', 'pdf'] as const;
/** A report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** The report formats as a reader names them: "html, md or pdf". */
export const REPORT_FORMAT_LIST = `${REPORT_FORMATS.slice(0, -1).join(', ')} or ${REPORT_FORMATS.at(-1)}`;

/** The open talk changed: the whole talk as it is now. */
export interface TalkChange {
  /**
   * opened: a new talk; reloaded: the file changed on disk; replanned: the speaking rate or
   * settings changed; missing: the file disappeared; failed: an open or a scoring failed.
   */
  kind: 'opened' | 'reloaded' | 'replanned' | 'missing' | 'failed';
  current: OpenedTalk | null;
  error: ApiError | null;
}

/**
 * The open talk's scores are ready: only what changed. `sections` holds the sections whose
 * results differ from the analysis the window last got for this talk (all of them when
 * `complete`); `sectionIds` is every section in order. The talk, plans and text are as before.
 */
export interface TalkScored {
  kind: 'analysed';
  /** The talk (OpenedTalk.key) and version (OpenedTalk.loadedAt) these scores are for. */
  key: string;
  loadedAt: number;
  complete: boolean;
  sections: SectionSummary[];
  sectionIds: string[];
  talk: AnalysisView['talk'];
  variants: AnalysisView['variants'];
  /** The talk's score history, this analysis included (the window needs no call of its own). */
  history: ScoreSnapshot[];
  /** The recent files, the scored talk now among them. */
  recent: RecentFile[];
  error: null;
}

/** The API the renderer sees as `window.sticky`. Each call rejects with an Error carrying `code`. */
export interface StickyApi {
  getState(): Promise<AppState>;
  openFile(path: string): Promise<OpenReceipt>;
  /** Shows the system's open dialog; null when cancelled. */
  openDialog(): Promise<OpenReceipt | null>;
  /** Opens a talk from dropped text when the file's path is unknown. */
  openDropped(name: string, text: string): Promise<OpenReceipt>;
  removeRecent(path: string | null): Promise<RecentFile[]>;
  setTheme(theme: ThemeChoice): Promise<ThemeChoice>;
  /** The rehearsal plan of a version of the open talk; a custom target in minutes, or its length. */
  rehearsalPlan(variant: Variant, targetMinutes: number | null): Promise<RehearsalPlan>;
  /** Saves a run as it happens (every section change). */
  saveRun(run: RehearsalRun): Promise<RehearsalRun>;
  /** The open talk's runs, oldest first. */
  listRuns(): Promise<RehearsalRun[]>;
  /** Deletes a run, and its kept recording; the open talk's runs that remain. */
  removeRun(id: string): Promise<RehearsalRun[]>;
  /**
   * Adds chunk `index` (0 starts afresh) of a run's kept recording: 16 kHz 16-bit mono samples as
   * base64. After the `final` chunk main writes the WAV file and resolves to its name, else null.
   */
  appendRecording(runId: string, index: number, pcmBase64: string, final: boolean): Promise<string | null>;
  /** The file name of a run's kept recording, or null when it has none. */
  recordingOf(runId: string): Promise<string | null>;
  /** Shows a run's kept recording in the system's file manager; false when it has none or cannot. */
  showRecording(runId: string): Promise<boolean>;
  /** Shows the open dialog for a recording made elsewhere and opens it for reading; null when cancelled. */
  openRecording(): Promise<{ token: string; name: string; size: number } | null>;
  /** Up to `length` bytes (at most 1 MB) of the open recording from `offset`, as base64. */
  readRecording(token: string, offset: number, length: number): Promise<string>;
  /** Closes the open recording. */
  closeRecording(token: string): Promise<void>;
  /** Asks where to save the open talk's runs as CSV and writes them; the path, or null when cancelled. */
  exportRuns(): Promise<string | null>;
  /** Uses a speaking rate for the open talk's estimates (null: back to the talk's own). */
  setPace(wpm: number | null): Promise<OpenedTalk | null>;
  setSoundCue(on: boolean): Promise<boolean>;
  /** Changes settings; talk defaults re-read the open talk. Returns all settings. */
  updateSettings(changes: SettingsChange): Promise<SettingsChange>;
  /** The open talk's scores across saves, oldest first. */
  scoreHistory(): Promise<ScoreSnapshot[]>;
  /** One section's findings and spoken text, for its detail view; null when it has none (yet). */
  sectionEvidence(sectionId: string): Promise<SectionEvidence | null>;
  /** The open talk's notes, or null when it has none (no file). */
  notes(): Promise<NotesView | null>;
  /** Adds, answers, changes, resolves or re-attaches a note, or (un)dismisses a finding, as the author in Settings. */
  runNoteCommand(command: NoteCommand): Promise<NotesView>;
  /** Asks for another draft (open dialog) and compares the open talk with it as the newer; null when cancelled. */
  compareWith(): Promise<DraftComparison | null>;
  /** Asks where to save the open talk's report and writes it; the path, or null when cancelled. */
  exportReport(format: ReportFormat): Promise<string | null>;
  /** Subscribes to talk updates; returns the unsubscribe function. */
  onTalkUpdate(listener: (update: TalkUpdate) => void): () => void;
  /** The file system path of a dropped File, or '' where it cannot be known. */
  pathForFile(file: File): string;
}

/** Methods of StickyApi that are IPC calls (the rest are served in the preload itself). */
export type InvokeMethod = Exclude<keyof StickyApi, 'onTalkUpdate' | 'pathForFile'>;

/** The arguments of an API call, as StickyApi declares them. */
export type ApiArgs<M extends InvokeMethod> = Parameters<StickyApi[M]>;

/** The value an API call resolves to. */
export type ApiResult<M extends InvokeMethod> = Awaited<ReturnType<StickyApi[M]>>;

/** Calls that go to the main process: every method name to its IPC channel. */
export const INVOKE_CHANNELS = {
  getState: 'sticky:get-state',
  openFile: 'sticky:open-file',
  openDialog: 'sticky:open-dialog',
  openDropped: 'sticky:open-dropped',
  removeRecent: 'sticky:remove-recent',
  setTheme: 'sticky:set-theme',
  rehearsalPlan: 'sticky:rehearsal-plan',
  saveRun: 'sticky:save-run',
  listRuns: 'sticky:list-runs',
  removeRun: 'sticky:remove-run',
  appendRecording: 'sticky:append-recording',
  recordingOf: 'sticky:recording-of',
  showRecording: 'sticky:show-recording',
  openRecording: 'sticky:open-recording',
  readRecording: 'sticky:read-recording',
  closeRecording: 'sticky:close-recording',
  exportRuns: 'sticky:export-runs',
  setPace: 'sticky:set-pace',
  setSoundCue: 'sticky:set-sound-cue',
  scoreHistory: 'sticky:score-history',
  updateSettings: 'sticky:update-settings',
  sectionEvidence: 'sticky:section-evidence',
  notes: 'sticky:notes',
  runNoteCommand: 'sticky:run-note-command',
  compareWith: 'sticky:compare-with',
  exportReport: 'sticky:export-report',
} as const satisfies Record<InvokeMethod, `sticky:${string}`>;

/** The channel on which the main process pushes TalkUpdate events. */
export const TALK_UPDATE_CHANNEL = 'sticky:talk-update';
