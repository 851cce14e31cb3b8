import type { EngineRunner } from './services/engineRunner';
import type { TalkUpdate } from '../shared/api';
import type { Settings } from '../shared/settings';
import { createApi, type ServedApi } from './api';
import type { ReportFormat, SampleTalk } from '../shared/api';
import { OpenNotes } from './services/notes/openNotes';
import { oneAtATime, type ConfirmCapability } from './services/capabilities';
import { ChosenPaths } from './services/chosenPaths';
import type { WatchFile } from './services/fileWatcher';
import { RecentFiles } from './services/recentFiles';
import { Recordings } from './services/recordings';
import type { RehearsalStore } from './services/rehearsalStore';
import { listSamples } from './services/samples';
import type { ScoreHistory } from './services/scoreHistory';
import type { KeyValueStore } from './services/settingsStore';
import { TalkService } from './services/talkService';
import { RecordingFiles } from './services/recordingFiles';

/** What the app (Electron) and the browser tests each provide: stores, dialogs and a way to push updates. */
export interface ServiceInputs {
  settings: KeyValueStore<Settings>;
  rehearsals: RehearsalStore;
  /** The folder kept recordings go in: `<userData>/recordings` in the app, a temporary one in tests. */
  recordingsDir: string;
  history: ScoreHistory;
  samplesDir: string;
  watchFile: WatchFile;
  emit: (update: TalkUpdate) => void;
  pickTalkFile: () => Promise<string | null>;
  pickSavePath: (suggestedName: string) => Promise<string | null>;
  pickReportPath: (suggestedName: string, format: ReportFormat) => Promise<string | null>;
  /** Shows an open dialog for a recording to analyse; absent where none can be picked. */
  pickRecordingFile?: () => Promise<string | null>;
  /** Prints a report to PDF: the app gives Electron's printToPDF; the browser tests have none. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
  /** Shows a file in the system's file manager: the app gives Electron's shell; the browser tests have none. */
  showInFolder?: (path: string) => void;
  afterSettingsChange?: () => void;
  /** Asks the user before the page gains the microphone or keeps recordings: a native dialog in the app, a stand-in in tests. */
  confirmCapability: ConfirmCapability;
  /** Where the engine runs: the app gives a worker thread; tests run it in-process. */
  engine?: EngineRunner;
}

/** The wired services and the API handlers over them. */
export interface Services {
  talks: TalkService;
  recent: RecentFiles;
  /** The open talk's notes. */
  notes: OpenNotes;
  /** The bundled sample talks, read once: they do not change while the app runs. */
  samples: SampleTalk[];
  /** The paths the user chose; what the page may open. */
  chosen: ChosenPaths;
  handlers: ServedApi;
}

/**
 * Wires the services the same way for the app and for the browser tests: a run cut off by a crash
 * is recovered, the talk service reads the settings' defaults and pace, and scores are recorded.
 */
export function createServices(inputs: ServiceInputs): Services {
  const { settings, rehearsals, history } = inputs;
  rehearsals.recover(); // a run cut off by a crash or a quit is kept, marked incomplete
  const recordings = new Recordings(inputs.recordingsDir, (id) => rehearsals.list().some((run) => run.id === id));
  recordings.tidy(); // recordings a crash left half-written go
  const recent = new RecentFiles(settings);
  const samples = listSamples(inputs.samplesDir);
  const talks = new TalkService({
    recent,
    ...(inputs.engine ? { engine: inputs.engine } : {}),
    watchFile: inputs.watchFile,
    paceFor: (key) => settings.get('paceByTalk')[key],
    defaults: () => settings.get('talkDefaults'),
    onAnalysed: (key, analysis) => history.record(key, analysis, Date.now()),
    dismissed: () => notes.dismissals(),
    // The notes follow the talk: opened with it (before its first scoring), re-placed after a reload.
    emit: (update) => {
      notes.follow(update);
      inputs.emit(update);
    },
  });
  const notes: OpenNotes = new OpenNotes({
    watchFile: inputs.watchFile,
    emit: inputs.emit,
    author: () => settings.get('author'),
    analysis: () => talks.analysis,
    rescore: () => talks.rescore(),
    isSample: (path) => samples.some((sample) => sample.path === path),
  });
  // Besides what the dialog, drops and the command line add: the recent talks, the samples and
  // the open talk (which the watcher re-reads) count as chosen.
  const chosen = new ChosenPaths(() => [...settings.get('recentFiles'), ...samples.map((sample) => sample.path), talks.current?.path]);
  const handlers = createApi({
    talks,
    recent,
    settings,
    samples: () => samples,
    pickTalkFile: inputs.pickTalkFile,
    pickSavePath: inputs.pickSavePath,
    pickReportPath: inputs.pickReportPath,
    ...(inputs.pickRecordingFile ? { pickRecordingFile: inputs.pickRecordingFile } : {}),
    recordingFiles: new RecordingFiles(),
    notes,
    ...(inputs.printToPdf ? { printToPdf: inputs.printToPdf } : {}),
    ...(inputs.showInFolder ? { showInFolder: inputs.showInFolder } : {}),
    rehearsals,
    recordings,
    history,
    chosen,
    confirmCapability: oneAtATime(inputs.confirmCapability),
    ...(inputs.afterSettingsChange ? { afterSettingsChange: inputs.afterSettingsChange } : {}),
  });
  return { talks, recent, notes, samples, chosen, handlers };
}
