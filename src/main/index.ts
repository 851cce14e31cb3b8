import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import type { Settings } from '../shared/settings';
import { chooseRendererUrl } from './appUrl';
import { registerIpc, sendTalkUpdate } from './ipc';
import { buildMenu } from './menu';
import { installPermissionHandlers } from './permissions';
import { registerAppScheme, serveAppFiles } from './protocol';
import { isTrustedSender } from './senderCheck';
import { watchFileWithChokidar } from './services/fileWatcher';
import { createServices } from './services/compose';
import { HISTORY_STORE_OPTIONS, openHistory, ScoreHistory, type HistoryData } from './services/scoreHistory';
import { openRehearsals, REHEARSAL_STORE_OPTIONS, RehearsalStore, type RehearsalData } from './services/rehearsalStore';
import { samplesDirectory, talkArgument } from './services/launch';
import { initialTalkPath } from './services/startup';
import { WorkerEngine } from './services/workerEngine';
import { openSettings, SETTINGS_STORE_OPTIONS } from './services/settingsStore';
import { TALK_EXTENSIONS } from './services/talkFiles';
import { createMainWindow } from './window';

const samplesDir = samplesDirectory({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
// Relative talk paths are relative to where `npm start` was typed (npm sets INIT_CWD).
const typedIn = (): string => process.env['INIT_CWD'] ?? process.cwd();

if (!app.requestSingleInstanceLock()) app.quit();
registerAppScheme();
// The page's one URL: app://sticky/index.html, or the dev server's when not packaged.
const appUrl = chooseRendererUrl({ isPackaged: app.isPackaged, devServerUrl: process.env['ELECTRON_RENDERER_URL'] });

let window: BrowserWindow | undefined;
let pendingPath = talkArgument(process.argv, typedIn());

app.on('open-file', (event, path) => {
  event.preventDefault();
  pendingPath = path;
});

void app.whenReady().then(() => {
  serveAppFiles(join(__dirname, '../renderer'));
  // Never throws: an unreadable store is set aside and reported, and the window still opens.
  const { store: settings } = openSettings(() => new Store<Settings>(SETTINGS_STORE_OPTIONS as never));
  const ownPage = (url: string) => isTrustedSender({ url, isMainFrame: true }, appUrl);
  installPermissionHandlers(session.defaultSession, ownPage, () => settings.get('microphone'));
  const { talks, recent, samples, chosen, handlers } = createServices({
    settings,
    rehearsals: new RehearsalStore(openRehearsals(() => new Store<RehearsalData>(REHEARSAL_STORE_OPTIONS as never)).store),
    history: new ScoreHistory(openHistory(() => new Store<HistoryData>(HISTORY_STORE_OPTIONS as never)).store),
    samplesDir,
    // The engine reads and scores in its own thread: the main process never waits on a talk.
    engine: new WorkerEngine(join(__dirname, 'engineWorker.js')),
    watchFile: watchFileWithChokidar,
    emit: (update) => {
      sendTalkUpdate(window?.webContents, update);
      if (update.kind === 'opened') refreshMenu(); // the recent list changed
    },
    pickTalkFile: () => pickTalkFile(),
    pickSavePath: (name) => pickSavePath(name),
    afterSettingsChange: () => refreshMenu(),
  });
  // Every path opened here was chosen by the user (dialog, menu, command line, the system).
  const openPath = (path: string): void => void talks.open(chosen.allow(path)).catch(() => undefined);
  async function pickTalkFile(): Promise<string | null> {
    const options = {
      title: 'Open a talk',
      properties: ['openFile' as const],
      filters: [{ name: 'Talks (Markdown, Word, OpenDocument)', extensions: TALK_EXTENSIONS.map((ext) => ext.slice(1)) }],
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const menuLanguage = (): 'en' | 'nl' => {
    const chosen = settings.get('uiLanguage');
    return chosen === 'system' ? (app.getLocale().toLowerCase().startsWith('nl') ? 'nl' : 'en') : chosen;
  };
  function refreshMenu(): void {
    Menu.setApplicationMenu(
      buildMenu(
        recent.list(),
        samples,
        {
          openDialog: () => void pickTalkFile().then((path) => path && openPath(path)),
          openPath,
          clearRecent: () => {
            recent.remove();
            refreshMenu();
          },
        },
        menuLanguage(),
      ),
    );
  }

  async function pickSavePath(suggestedName: string): Promise<string | null> {
    const options = { title: 'Export rehearsals', defaultPath: suggestedName, filters: [{ name: 'CSV', extensions: ['csv'] }] };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  }
  registerIpc(handlers, appUrl, chosen);
  refreshMenu();
  window = createMainWindow(appUrl);

  app.on('second-instance', (_event, argv) => {
    const path = talkArgument(argv, typedIn());
    if (path) openPath(path);
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('open-file', (_event, path) => openPath(path));
  app.on('before-quit', () => void talks.close());

  // A file named on the command line, else the sample on first start, else the last talk.
  const initial = initialTalkPath(settings, samples, app.getLocale(), pendingPath);
  if (initial) openPath(initial);
});

app.on('window-all-closed', () => app.quit());
