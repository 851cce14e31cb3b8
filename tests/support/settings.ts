import Plain from 'conf';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REHEARSAL_STORE_OPTIONS, RehearsalStore, type RehearsalData } from '../../src/main/services/rehearsalStore';
import type { ConfirmCapability } from '../../src/main/services/capabilities';
import { createServices } from '../../src/main/compose';
import type { WatchFile } from '../../src/main/services/fileWatcher';
import { HISTORY_STORE_OPTIONS, ScoreHistory, type HistoryData } from '../../src/main/services/scoreHistory';
import { SETTINGS_STORE_OPTIONS } from '../../src/main/services/settingsStore';
import { readsCapped } from '../../src/main/services/cappedStore';
import type { Settings } from '../../src/shared/settings';

/** conf as the app's stores use electron-store: read capped, written atomically, changed under the lock. */
export const Conf = readsCapped(Plain);

/** The same options object electron-store gets in the app, on conf with a temp folder. */
export function tempSettings(cwd = mkdtempSync(join(tmpdir(), 'sticky-settings-'))): Plain<Settings> {
  return new Conf<Settings>({ ...(SETTINGS_STORE_OPTIONS as unknown as ConstructorParameters<typeof Conf<Settings>>[0]), cwd });
}

/** The rehearsal store on conf with a temp folder, as electron-store holds it in the app. */
export function tempRehearsals(cwd = mkdtempSync(join(tmpdir(), 'sticky-rehearsals-'))): RehearsalStore {
  return new RehearsalStore(
    new Conf<RehearsalData>({ ...(REHEARSAL_STORE_OPTIONS as unknown as ConstructorParameters<typeof Conf<RehearsalData>>[0]), cwd }),
  );
}

/** The score history on conf with a temp folder. */
export function tempHistory(cwd = mkdtempSync(join(tmpdir(), 'sticky-history-'))): ScoreHistory {
  return new ScoreHistory(
    new Conf<HistoryData>({ ...(HISTORY_STORE_OPTIONS as unknown as ConstructorParameters<typeof Conf<HistoryData>>[0]), cwd }),
  );
}

/** The app's services, composed as the app composes them, over temp stores and without a watcher. */
export function tempServices(
  options: {
    pickTalkFile?: string | null;
    savePath?: string | null;
    watchFile?: WatchFile;
    showInFolder?: (path: string) => void;
    /** The user's answer to main's question before the microphone or keeping recordings turns on (yes by default). */
    confirmCapability?: ConfirmCapability;
  } = {},
): ReturnType<typeof createServices> & { settings: Plain<Settings>; recordingsDir: string } {
  const settings = tempSettings();
  const recordingsDir = mkdtempSync(join(tmpdir(), 'sticky-recordings-'));
  const services = createServices({
    settings,
    rehearsals: tempRehearsals(),
    recordingsDir,
    history: tempHistory(),
    samplesDir: join(__dirname, '../../resources/samples'),
    watchFile: options.watchFile ?? (() => async () => undefined),
    emit: () => undefined,
    pickTalkFile: async () => options.pickTalkFile ?? null,
    pickSavePath: async () => options.savePath ?? null,
    pickReportPath: async () => options.savePath ?? null,
    ...(options.showInFolder ? { showInFolder: options.showInFolder } : {}),
    confirmCapability: options.confirmCapability ?? (async () => true),
  });
  return { ...services, settings, recordingsDir };
}
