import type { ReportFormat, SampleTalk } from '../../shared/api';
import type { OpenNotes } from '../services/notes/openNotes';
import type { Settings } from '../../shared/settings';
import type { ConfirmCapability } from '../services/capabilities';
import type { ChosenPaths } from '../services/chosenPaths';
import type { RecentFiles } from '../services/recentFiles';
import type { RecordingFiles } from '../services/recordingFiles';
import type { Recordings } from '../services/recordings';
import type { RehearsalStore } from '../services/rehearsalStore';
import type { ScoreHistory } from '../services/scoreHistory';
import type { KeyValueStore } from '../services/settingsStore';
import type { TalkService } from '../services/talkService';

/** The services the API is served by. */
export interface ApiServices {
  talks: TalkService;
  recent: RecentFiles;
  settings: KeyValueStore<Settings>;
  samples: () => SampleTalk[];
  history: ScoreHistory;
  rehearsals: RehearsalStore;
  /** The runs' kept recordings (rehearse out loud with 'keep the recording' on). */
  recordings: Recordings;
  /** Recordings made elsewhere, picked for analysis and read by the page in parts. */
  recordingFiles: RecordingFiles;
  /** Shows an open dialog for a recording; the chosen path or null (absent: none can be picked). */
  pickRecordingFile?: () => Promise<string | null>;
  /** Shows a file in the system's file manager (Electron's shell); absent outside the app. */
  showInFolder?: (path: string) => void;
  /** The paths the user chose; openFile opens no other. */
  chosen: ChosenPaths;
  /** Asks the user (a native dialog in the app) before the microphone or keeping recordings is turned on. */
  confirmCapability: ConfirmCapability;
  /** Called after settings change (the app rebuilds its menu in the new language). */
  afterSettingsChange?: () => void;
  /** Shows an open dialog; resolves to the chosen path or null. */
  pickTalkFile: () => Promise<string | null>;
  /** Shows a save dialog for a CSV file; the chosen path or null. */
  pickSavePath: (suggestedName: string) => Promise<string | null>;
  /** Shows a save dialog for a report; the chosen path or null. */
  pickReportPath: (suggestedName: string, format: ReportFormat) => Promise<string | null>;
  /** The open talk's notes (its sidecar). */
  notes: OpenNotes;
  /** Prints a report's HTML to PDF (Electron's printToPDF); absent outside the app. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
}
