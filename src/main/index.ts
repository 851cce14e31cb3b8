import { app, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createServices } from './compose';
import { samplesDirectory } from './services/launch';
import { initialTalkPath } from './services/startup';
import { WorkerEngine } from './services/workerEngine';
import { watchFileWithChokidar } from './services/fileWatcher';
import { createAppMenu } from './shell/appMenu';
import { chooseRendererUrl } from './shell/appUrl';
import { createDialogs } from './shell/dialogs';
import { registerIpc, sendTalkUpdate } from './shell/ipc';
import { LaunchRequests } from './shell/launchRequests';
import { installPermissionHandlers } from './shell/permissions';
import { registerAppScheme, serveAppFiles } from './shell/protocol';
import { isTrustedSender } from './shell/senderCheck';
import { openStores } from './shell/stores';
import { createMainWindow } from './shell/window';

// The composition root: it wires the parts and owns the app's lifecycle, nothing else.
if (!app.requestSingleInstanceLock()) app.quit();
registerAppScheme();
// The page's one URL: app://sticky/index.html, or the dev server's when not packaged.
const appUrl = chooseRendererUrl({ isPackaged: app.isPackaged, devServerUrl: process.env['ELECTRON_RENDERER_URL'] });
const launches = new LaunchRequests(app);
let window: BrowserWindow | undefined;

void app.whenReady().then(() => {
  serveAppFiles(join(__dirname, '../renderer'));
  const stores = openStores();
  const ownPage = (url: string): boolean => isTrustedSender({ url, isMainFrame: true }, appUrl);
  installPermissionHandlers(session.defaultSession, ownPage, () => stores.settings.get('microphone'));
  const dialogs = createDialogs(() => window, stores.settings);
  const { talks, notes, recent, samples, chosen, handlers } = createServices({
    ...stores,
    ...dialogs,
    samplesDir: samplesDirectory({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
    // The engine reads and scores in its own thread: the main process never waits on a talk.
    engine: new WorkerEngine(join(__dirname, 'engineWorker.js')),
    watchFile: watchFileWithChokidar,
    emit: (update) => {
      sendTalkUpdate(window?.webContents, update);
      if (update.kind === 'opened') refreshMenu(); // the recent list changed
    },
    afterSettingsChange: () => refreshMenu(),
  });
  // Every path opened here was chosen by the user (dialog, menu, command line, the system).
  const openPath = (path: string): void => void talks.open(chosen.allow(path)).catch(() => undefined);
  const refreshMenu = createAppMenu({ recent, samples, settings: stores.settings, ...dialogs, openPath });
  registerIpc(handlers, appUrl, chosen);
  refreshMenu();
  window = createMainWindow(appUrl, dialogs.confirmLink);
  launches.serve(openPath, () => window);
  app.on('before-quit', () => void talks.close().then(() => notes.close()));
  // A file named on the command line, else the sample on first start, else the last talk.
  const initial = initialTalkPath(stores.settings, samples, app.getLocale(), launches.pending);
  if (initial) openPath(initial);
});

app.on('window-all-closed', () => app.quit());
