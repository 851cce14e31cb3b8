import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';

/** Where the renderer is loaded from: the dev server, or the built index.html. */
export function rendererUrl(): string {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (devUrl) return devUrl;
  return new URL(`file://${join(__dirname, '../renderer/index.html')}`).href;
}

function isHttpUrl(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Creates the main window, locked down: sandboxed, isolated, no navigation, no new windows. */
export function createMainWindow(): BrowserWindow {
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
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isHttpUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (isHttpUrl(url)) void shell.openExternal(url);
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  void window.loadURL(rendererUrl());
  return window;
}
