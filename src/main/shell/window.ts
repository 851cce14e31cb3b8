import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';

function isHttpUrl(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Creates the main window on `url`, locked down: sandboxed, isolated, no navigation, no new windows. */
export function createMainWindow(url: string): BrowserWindow {
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
  window.webContents.setWindowOpenHandler(({ url: target }) => {
    if (isHttpUrl(target)) void shell.openExternal(target);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, target) => {
    event.preventDefault();
    if (isHttpUrl(target)) void shell.openExternal(target);
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void window.loadURL(url);
  return window;
}
