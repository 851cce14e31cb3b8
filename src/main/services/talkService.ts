import { InProcessEngine, type EngineRunner } from './engineRunner';
import { basename } from 'node:path';
import type { OpenedTalk, TalkUpdate } from '../../shared/api';
import type { ScoreSnapshot } from '../../shared/history';
import type { TalkDefaults } from '../../shared/settings';
import type { ApiError } from '../../shared/errors';
import type { SectionEvidence, TalkAnalysis } from '../../shared/analysis';
import type { Dismissal } from '../../shared/notes';
import type { AnalysedTalk } from '../engine/analyse';
import { analysisView, changedSections, sectionEvidence } from './analysisView';
import { planTalk } from '../engine/timing/plan';
import { AnalysisService } from './analysis';
import type { StopWatching, WatchFile } from './fileWatcher';
import type { RecentFiles } from './recentFiles';
import { checkTalkText, readTalkFile, type TalkFile } from './talkFiles';
import { toApiError } from './userError';

/** What the talk service needs from the outside. */
export interface TalkServiceDeps {
  recent: RecentFiles;
  watchFile: WatchFile;
  /** Called with every change of the open talk, to push to the window. */
  emit: (update: TalkUpdate) => void;
  now?: () => number;
  /** The analysis in this process (tests gate it); ignored when `engine` is given. */
  analysis?: AnalysisService;
  /** Where the engine runs: a worker in the app, this process by default. */
  engine?: EngineRunner;
  /** Called with every finished analysis of a talk (by its key), to keep the score history; gives the history now. */
  onAnalysed?: (key: string, analysis: TalkAnalysis) => ScoreSnapshot[] | void;
  /** Defaults for what a talk's front matter leaves out (settings). */
  defaults?: () => Partial<TalkDefaults>;
  /** The speaking rate chosen for a talk, if any (the speaker's measured pace). */
  paceFor?: (key: string) => number | undefined;
  /** The coach's dismissals for the open talk (its sidecar): they leave the findings and the scores. */
  dismissed?: () => readonly Dismissal[];
}

/** Opens talks, keeps the current one, and reloads it when its file changes on disk. */
export class TalkService {
  private currentTalk: OpenedTalk | null = null;
  /** The current talk's full analysis, with every section's evidence; the window gets a view of it. */
  private fullAnalysis: TalkAnalysis | null = null;
  private lastError: ApiError | null = null;
  private stopWatching: StopWatching | null = null;
  private readonly now: () => number;
  private readonly engine: EngineRunner;
  /** Counts loads, so a slow analysis of an older version never replaces a newer one. */
  private generation = 0;
  /** Counts reads, so a slow read of an older version (or another file) never replaces a newer one. */
  private reads = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly deps: TalkServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.engine = deps.engine ?? new InProcessEngine(deps.analysis ?? new AnalysisService());
  }

  /** Resolves when the latest analysis has finished (or been superseded). */
  get analysed(): Promise<void> {
    return this.pending;
  }

  /** Reads a talk file; a Word, PowerPoint or OpenDocument file is converted where the engine runs (the worker, in the app). */
  readFile(path: string): Promise<TalkFile> {
    return readTalkFile(path, (bytes, name, extension) => this.engine.convertOffice(bytes, name, extension));
  }

  /** The open talk, if any. */
  get current(): OpenedTalk | null {
    return this.currentTalk;
  }

  /** One section's findings and spoken text from the latest analysis, if it has that section. */
  evidence(sectionId: string): SectionEvidence | null {
    return this.fullAnalysis ? sectionEvidence(this.fullAnalysis, sectionId) : null;
  }

  /** The open talk's full analysis (with every section's findings), once scored. */
  get analysis(): TalkAnalysis | null {
    return this.fullAnalysis;
  }

  /** Reads, plans and scores another draft's text with the same engine and settings (for a comparison). */
  async analyseDraft(text: string, name: string, dismissed: readonly Dismissal[]): Promise<AnalysedTalk> {
    const { talk, plans } = await this.engine.outline(text, name, this.defaults(), null);
    return { talk, plans, analysis: await this.engine.analyse(text, name, this.defaults(), dismissed) };
  }

  /** The open talk as scored now, waiting for a scoring under way; null when there is none. */
  async analysedNow(): Promise<{ opened: OpenedTalk; analysed: AnalysedTalk } | null> {
    await this.pending;
    const opened = this.currentTalk;
    if (!opened || !this.fullAnalysis) return null;
    return { opened, analysed: { talk: opened.talk, plans: opened.plans, analysis: this.fullAnalysis } };
  }

  /** Scores the open talk again as it is (after the coach's dismissals changed). */
  rescore(): void {
    if (this.currentTalk) this.score(this.currentTalk.text);
  }

  /** The last failure to open or reload, cleared by the next success. */
  get error(): ApiError | null {
    return this.lastError;
  }

  /** Opens a talk file, remembers it, and starts watching it. Rejects with a UserError. */
  async open(path: string): Promise<OpenedTalk> {
    const read = ++this.reads;
    try {
      const file = await this.readFile(path);
      const opened = await this.outline(file.path, file.name, file.text, this.now(), file.encodingNote, this.paceFor(file.path));
      if (read !== this.reads) return opened; // another talk was opened meanwhile: it wins
      await this.replace(opened);
      this.deps.emit({ kind: 'opened', current: opened, error: null });
      // Remembered (and so reopened at the next start) only once it has been scored: a file that
      // takes the app down while it is analysed is not opened again by itself.
      this.score(file.text, () => this.deps.recent.add(path));
      return opened;
    } catch (error) {
      // A read replaced by a newer one (another talk opened meanwhile) is no failure to show.
      if (read !== this.reads) throw error;
      this.lastError = toApiError(error);
      this.deps.emit({ kind: 'failed', current: this.currentTalk, error: this.lastError });
      throw error;
    }
  }

  /** Opens a talk from text whose file path is unknown (a drop from a sandboxed source). */
  async openText(name: string, text: string): Promise<OpenedTalk> {
    checkTalkText(name, text);
    const read = ++this.reads;
    const opened = await this.outline(null, basename(name), text, this.now(), null, this.paceFor(basename(name)));
    if (read !== this.reads) return opened;
    await this.replace(opened);
    this.deps.emit({ kind: 'opened', current: opened, error: null });
    this.score(text);
    return opened;
  }

  /** Re-reads the open file after a change on disk; keeps the last good version if it is gone. */
  async reload(): Promise<void> {
    const path = this.currentTalk?.path;
    if (!path) return;
    const read = ++this.reads;
    try {
      const file = await this.readFile(path);
      const outlined = await this.outline(path, file.name, file.text, this.now(), file.encodingNote, this.paceFor(path));
      if (read !== this.reads || this.currentTalk?.path !== path) return;
      // Keep the previous scores on screen until the new ones are ready.
      this.currentTalk = { ...outlined, analysis: this.currentTalk.analysis };
      this.lastError = null;
      this.deps.emit({ kind: 'reloaded', current: this.currentTalk, error: null });
      this.score(file.text);
    } catch (error) {
      if (read !== this.reads) return;
      const apiError = toApiError(error);
      this.lastError =
        apiError.code === 'not-found'
          ? {
              code: 'not-found',
              message: `"${basename(path)}" was moved or deleted. Sticky shows the last version it read; open the file again where it is now.`,
              params: { name: basename(path), reason: 'moved' },
            }
          : apiError;
      this.deps.emit({ kind: 'missing', current: this.currentTalk, error: this.lastError });
    }
  }

  /** Re-plans the open talk after its pace setting changed. */
  replan(): OpenedTalk | null {
    if (!this.currentTalk) return null;
    const pace = this.paceFor(this.currentTalk.key);
    this.currentTalk = { ...this.currentTalk, pace, plans: planTalk(this.currentTalk.talk, pace ?? this.currentTalk.talk.wpm) };
    this.deps.emit({ kind: 'replanned', current: this.currentTalk, error: null });
    return this.currentTalk;
  }

  /** Reads the open talk again with the current settings (language, rate, audience) and re-scores it. */
  async refresh(): Promise<OpenedTalk | null> {
    const current = this.currentTalk;
    if (!current) return null;
    const read = ++this.reads;
    const outlined = await this.outline(
      current.path,
      current.name,
      current.text,
      current.loadedAt,
      current.encodingNote,
      this.paceFor(current.key),
    );
    if (read !== this.reads || this.currentTalk !== current) return this.currentTalk;
    this.currentTalk = { ...outlined, analysis: current.analysis };
    this.deps.emit({ kind: 'replanned', current: this.currentTalk, error: null });
    this.score(current.text);
    return this.currentTalk;
  }

  /** Reads and plans a talk's text with the engine. */
  private async outline(
    path: string | null,
    name: string,
    text: string,
    loadedAt: number,
    encodingNote: string | null,
    pace: number | null,
  ): Promise<OpenedTalk> {
    const { talk, plans } = await this.engine.outline(text, name, this.defaults(), pace);
    return { path, name, key: path ?? name, pace, text, talk, plans, analysis: null, loadedAt, encodingNote };
  }

  private defaults(): Partial<TalkDefaults> {
    return this.deps.defaults?.() ?? {};
  }

  private paceFor(key: string): number | null {
    return this.deps.paceFor?.(key) ?? null;
  }

  /** Scores the current talk in the background and announces the result, unless a newer load came first. */
  private score(text: string, onScored?: () => void): void {
    const generation = ++this.generation;
    const name = this.currentTalk?.name ?? 'talk';
    this.pending = this.engine
      .analyse(text, name, this.defaults(), this.deps.dismissed?.() ?? [])
      .then((analysis) => {
        const current = this.currentTalk;
        if (generation !== this.generation || !current) return;
        const view = analysisView(analysis);
        // Only what changed since the scores the window has for this talk (all, for a new talk).
        const previous = current.analysis;
        const changed = changedSections(previous, view);
        this.fullAnalysis = analysis;
        this.currentTalk = { ...current, analysis: view };
        onScored?.();
        const history = this.deps.onAnalysed?.(current.key, analysis) ?? [];
        this.deps.emit({
          kind: 'analysed',
          key: current.key,
          loadedAt: current.loadedAt,
          complete: previous === null,
          sections: changed,
          sectionIds: view.sections.map((section) => section.id),
          talk: view.talk,
          variants: view.variants,
          // What the window would otherwise ask for after every score: the history and the recent files.
          history,
          recent: this.deps.recent.list(),
          error: null,
        });
      })
      .catch((error: unknown) => {
        if (generation !== this.generation) return;
        this.lastError = toApiError(error);
        this.deps.emit({ kind: 'failed', current: this.currentTalk, error: this.lastError });
      });
  }

  /** Stops watching; call when the app quits. */
  async close(): Promise<void> {
    await this.stopWatching?.();
    this.stopWatching = null;
  }

  private async replace(opened: OpenedTalk): Promise<void> {
    await this.close();
    this.currentTalk = opened;
    this.fullAnalysis = null;
    this.lastError = null;
    if (opened.path) this.stopWatching = this.deps.watchFile(opened.path, () => void this.reload());
  }
}
