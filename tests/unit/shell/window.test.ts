import { beforeEach, describe, expect, test, vi } from 'vitest';

type Listener = (event: { preventDefault: () => void }, ...rest: unknown[]) => void;
const made: {
  options: Record<string, unknown>;
  listeners: Map<string, Listener>;
  openHandler?: (details: { url: string }) => unknown;
  loaded?: string;
}[] = [];
const opened: string[] = [];

// Electron cannot start here: its BrowserWindow and shell are stood in for, recording what Sticky asks of them.
vi.mock('electron', () => ({
  BrowserWindow: class {
    readonly webContents;
    constructor(options: Record<string, unknown>) {
      const record: (typeof made)[number] = { options, listeners: new Map() };
      made.push(record);
      this.webContents = {
        setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => (record.openHandler = handler),
        on: (name: string, listener: Listener) => record.listeners.set(name, listener),
      };
    }
    once(): void {}
    loadURL(url: string): Promise<void> {
      made.at(-1)!.loaded = url;
      return Promise.resolve();
    }
  },
  shell: { openExternal: (url: string) => (opened.push(url), Promise.resolve()) },
}));

const { createMainWindow } = await import('../../../src/main/shell/window');

beforeEach(() => {
  made.length = 0;
  opened.length = 0;
});

describe('the main window is locked down (Electron security checklist)', () => {
  test('sandboxed, context-isolated, no Node, web security on, the preload the only bridge', () => {
    createMainWindow('app://sticky/index.html', async () => false);
    const prefs = made[0]!.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(prefs['preload']).toMatch(/preload[\\/]index\.js$/);
    expect(made[0]!.loaded).toBe('app://sticky/index.html');
  });

  test('no new window, no navigation, no webview: each is refused, a link goes to the link opener', async () => {
    createMainWindow('app://sticky/index.html', async () => false);
    const record = made[0]!;
    expect(record.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      record.listeners.get(name)!({ preventDefault }, 'javascript:alert(1)');
      expect(preventDefault, name).toHaveBeenCalled();
    }
    expect(record.listeners.has('select-bluetooth-device')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Declined by the stand-in question, and a javascript: URL is never opened at all.
    expect(opened).toEqual([]);
  });
});
