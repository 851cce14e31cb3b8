import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { createLinkOpener } from './externalLinks';
import { denyBluetoothChooser } from './permissions';

/**
 * Creates the main window on `url`, locked down: sandboxed, isolated, no navigation, no new
 * windows, no Bluetooth chooser. Links open in the system browser: the project's documentation at
 * once, any other http(s) address after `confirmLink` (a native question naming it), nothing else.
 */
export function createMainWindow(url: string, confirmLink: (url: string) => Promise<boolean>): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Sticky',
    autoHideMenuBar: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  // Links in a talk open in the system browser; nothing opens inside Sticky.
  const openLink = createLinkOpener({ openExternal: (target) => shell.openExternal(target), confirm: confirmLink });
  window.webContents.setWindowOpenHandler(({ url: target }) => {
    void openLink(target).catch(() => undefined);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, target) => {
    event.preventDefault();
    void openLink(target).catch(() => undefined);
  });
  denyBluetoothChooser(window.webContents);
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void window.loadURL(url);
  return window;
}
