import { app } from 'electron';
import Store, { type Options } from 'electron-store';
import { join } from 'node:path';
import type { Settings } from '../../shared/settings';
import { HISTORY_STORE_OPTIONS, openHistory, ScoreHistory, type HistoryData } from '../services/scoreHistory';
import { openRehearsals, REHEARSAL_STORE_OPTIONS, RehearsalStore, type RehearsalData } from '../services/rehearsalStore';
import { openSettings, SETTINGS_STORE_OPTIONS } from '../services/settingsStore';
import { readsCapped } from '../services/cappedStore';

// Read capped, written atomically and changed under the stores' lock (cappedStore.ts).
const CappedStore = readsCapped(Store);

const settingsOptions: Options<Settings> = SETTINGS_STORE_OPTIONS;
const rehearsalOptions: Options<RehearsalData> = REHEARSAL_STORE_OPTIONS;
const historyOptions: Options<HistoryData> = HISTORY_STORE_OPTIONS;

/**
 * The app's three stores in the user's data folder, and the folder of kept recordings. Never throws: an unreadable store is set aside
 * and reported, and the app starts with defaults.
 */
export function openStores() {
  return {
    settings: openSettings(() => new CappedStore<Settings>(settingsOptions)).store,
    rehearsals: new RehearsalStore(openRehearsals(() => new CappedStore<RehearsalData>(rehearsalOptions)).store),
    history: new ScoreHistory(openHistory(() => new CappedStore<HistoryData>(historyOptions)).store),
    // Beside the stores (electron-store keeps them in userData): one WAV per run that kept its audio.
    recordingsDir: join(app.getPath('userData'), 'recordings'),
  };
}
