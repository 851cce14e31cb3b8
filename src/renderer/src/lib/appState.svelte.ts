import type { AppState, OpenedTalk, SampleTalk, SettingsChange, TalkUpdate } from '../../../shared/api';
import type { ApiError } from '../../../shared/errors';
import type { RecentFile, TalkDefaults, ThemeChoice, UiLanguage } from '../../../shared/settings';
import { locale, resolveLocale } from './i18n.svelte';
import type { Variant } from '../../../shared/talk';
import { api, errorMessage, localizedError } from './api';
import { Rehearsals } from './rehearsalState.svelte';
import { scoreChanges, type ScoreChanges } from './changes';
import type { TalkAnalysis } from '../../../shared/analysis';
import type { ScoreSnapshot } from '../../../shared/history';
import type { SignalPick } from './signalEvidence';

// The same 5 MB limit the main process enforces, checked before reading a dropped file into memory.
const MAX_DROP_BYTES = 5 * 1024 * 1024;

/** A notice shown above the talk: a failure, or a file that went missing. */
export interface Notice {
  tone: 'error' | 'warning' | 'info';
  message: string;
}

function noticeFromError(error: ApiError | null, tone: Notice['tone'] = 'error'): Notice | null {
  return error ? { tone, message: localizedError(error.code, error.params) ?? error.message } : null;
}

/** The app's state: the open talk, the chosen variant, recent files and notices. */
export class StickyApp {
  /** The open talk; replaced whole on every load ($state.raw: never deep-proxied). */
  current = $state.raw<OpenedTalk | null>(null);
  variant = $state<Variant>(10);
  recent = $state.raw<RecentFile[]>([]);
  samples = $state.raw<SampleTalk[]>([]);
  notice = $state<Notice | null>(null);
  theme = $state<ThemeChoice>('system');
  talkDefaults = $state<TalkDefaults>({ wpm: null, audience: 'keynote', lang: 'auto' });
  uiLanguage = $state<UiLanguage>('system');
  settingsOpen = $state(false);
  loading = $state(true);
  busy = $state(false);
  /** Set briefly after a reload from disk, for the "updated" marker. */
  reloadedAt = $state<number | null>(null);

  plan = $derived(this.current ? this.current.plans[this.variant] : null);
  readonly rehearsals = new Rehearsals(this);
  /** Which view of the talk: the plan and timing, or the coaching screens. */
  tab = $state<'plan' | 'coach'>('plan');
  /** What changed at the last save, once its scores are in. */
  changes = $state.raw<ScoreChanges | null>(null);
  /** The talk's scores across saves. */
  history = $state.raw<ScoreSnapshot[]>([]);
  /** The scores from before the last save, until the new ones arrive. */
  private beforeSave: TalkAnalysis | null = null;
  /** The coaching screens' place, kept across re-scores: selected section, highlight filter, picked signal, help. */
  coach = $state({ selected: null as string | null, filter: 'all', pick: null as SignalPick | null, help: false });

  /** Loads the initial state and subscribes to updates; returns the unsubscribe function. */
  start(): () => void {
    let stop: () => void;
    try {
      stop = api().onTalkUpdate((update) => this.applyUpdate(update));
    } catch (error) {
      // Opened outside the app (a plain browser): say so instead of showing a blank window.
      this.notice = { tone: 'error', message: errorMessage(error) };
      this.loading = false;
      return () => undefined;
    }
    void api()
      .getState()
      .then((state: AppState) => {
        this.current = state.current;
        this.notice = noticeFromError(state.error);
        this.recent = state.recent;
        this.samples = state.samples;
        this.theme = state.theme;
        this.talkDefaults = state.talkDefaults;
        this.uiLanguage = state.uiLanguage;
        locale.current = resolveLocale(state.uiLanguage);
        this.rehearsals.soundCue = state.soundCue;
        void this.rehearsals.load();
      })
      .catch((error: unknown) => (this.notice = { tone: 'error', message: errorMessage(error) }))
      .finally(() => (this.loading = false));
    return stop;
  }

  private applyUpdate(update: TalkUpdate): void {
    if (update.kind === 'analysed' || update.kind === 'replanned') {
      if (update.kind === 'analysed' && this.beforeSave && update.current?.analysis) {
        this.changes = scoreChanges(this.beforeSave, update.current.analysis);
        this.beforeSave = null;
      }
      if (update.kind === 'analysed')
        void api()
          .scoreHistory()
          .then((history) => (this.history = history));
      this.current = update.current;
    } else if (update.kind === 'opened' || update.kind === 'reloaded') {
      this.current = update.current;
      this.notice = update.current?.encodingNote ? { tone: 'info', message: update.current.encodingNote } : null;
      this.reloadedAt = update.kind === 'reloaded' ? Date.now() : null;
      this.beforeSave = update.kind === 'reloaded' ? (update.current?.analysis ?? null) : null;
      if (update.kind === 'opened') this.changes = null;
      void this.refreshRecent();
      if (update.kind === 'opened') {
        this.rehearsals.close();
        void this.rehearsals.load();
      }
    } else if (update.kind === 'missing') {
      this.notice = noticeFromError(update.error, 'warning');
    } else {
      this.notice = noticeFromError(update.error);
    }
  }

  private async refreshRecent(): Promise<void> {
    const state = await api().getState();
    this.recent = state.recent;
  }

  /** Runs an open call, showing its error as a notice instead of throwing. */
  private async opening(call: () => Promise<unknown>): Promise<void> {
    this.busy = true;
    try {
      await call();
    } catch (error) {
      this.notice = { tone: 'error', message: errorMessage(error) };
    } finally {
      this.busy = false;
    }
  }

  /** Opens a talk by path. */
  openFile(path: string): Promise<void> {
    return this.opening(() => api().openFile(path));
  }

  /** Shows the open dialog. */
  openDialog(): Promise<void> {
    return this.opening(() => api().openDialog());
  }

  /** Opens a file dropped on the window: by path where known, else from its text. */
  openDropped(file: File): Promise<void> {
    const path = api().pathForFile(file);
    if (path) return this.openFile(path);
    return this.opening(async () => {
      // A document is read by the main process from its path; without one, it cannot be opened.
      if (/\.(docx|odt)$/i.test(file.name)) {
        throw new Error(`"${file.name}" cannot be opened from here; open it with Open talk… or drop it from your file manager.`);
      }
      // Check the name before reading: a dropped video should not be read into memory.
      if (!/\.(md|markdown|mdown|mkd|txt)$/i.test(file.name)) {
        throw new Error(`"${file.name}" is not a Markdown talk. Sticky opens .md, .markdown and .txt files.`);
      }
      if (file.size > MAX_DROP_BYTES)
        throw new Error(`"${file.name}" is larger than 5 MB. Talks are much smaller; is this the right file?`);
      await api().openDropped(file.name, await file.text());
    });
  }

  /** Forgets a recent file, or all of them. */
  async removeRecent(path: string | null): Promise<void> {
    this.recent = await api().removeRecent(path);
  }

  /** Changes settings; the main process re-reads the talk when its defaults change. */
  async updateSettings(change: SettingsChange): Promise<void> {
    try {
      const saved = await api().updateSettings(change);
      this.theme = saved.theme ?? this.theme;
      this.talkDefaults = saved.talkDefaults ?? this.talkDefaults;
      this.uiLanguage = saved.uiLanguage ?? this.uiLanguage;
      locale.current = resolveLocale(this.uiLanguage);
    } catch (error) {
      this.notice = { tone: 'error', message: errorMessage(error) };
    }
  }

  /** Changes and remembers the colour theme. */
  async setTheme(theme: ThemeChoice): Promise<void> {
    this.theme = await api().setTheme(theme);
  }

  /** Hides the current notice. */
  dismissNotice(): void {
    this.notice = null;
  }
}
