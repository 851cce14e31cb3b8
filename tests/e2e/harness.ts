import { test as base, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServices } from '../../src/main/compose';
import { watchFileWithChokidar } from '../../src/main/services/fileWatcher';
import { initialTalkPath } from '../../src/main/services/startup';
import type { TalkService } from '../../src/main/services/talkService';
import { envelope } from '../../src/main/services/userError';
import { WorkerEngine } from '../../src/main/services/workerEngine';
import { INVOKE_CHANNELS, TALK_UPDATE_CHANNEL, type InvokeMethod } from '../../src/shared/api';
import { createStickyClient } from '../../src/shared/client';
import type { Settings } from '../../src/shared/settings';
import { tempHistory, tempRehearsals, tempSettings } from '../support/settings';
import { serveStatic } from './staticServer';

export const ROOT = resolve(__dirname, '../..');
export const SAMPLES_DIR = join(ROOT, 'resources/samples');
export const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');

/** How a test wants Sticky to start. */
export interface StartOptions {
  /** Settings as a returning user would have them; omit for a first start. */
  settings?: Partial<Settings>;
  locale?: string;
  /** What the system's open dialog returns. */
  pick?: string | null;
  /** Install Playwright's fake clock before the page loads (rehearsal tests). */
  clock?: boolean;
  /** The user's answer when main asks before the microphone or keeping recordings turns on (yes by default). */
  confirm?: boolean;
  /** Score in the built engine's worker thread, as the app does (the default scores in this process). */
  workerEngine?: boolean;
}

/** The app under test: a page whose window.sticky is bound to the real services in this process. */
export interface StickyHarness {
  page: Page;
  talks: TalkService;
  /** Sets what the next open dialog returns. */
  pickNext(path: string | null): void;
  start(options?: StartOptions): Promise<void>;
}

/**
 * Binds window.sticky to the real services (as the preload does over IPC) and opens the built
 * renderer. The client is the very function the preload uses, injected as source.
 */
async function bindSticky(
  page: Page,
  options: StartOptions,
  rendererUrl: string,
): Promise<{ talks: TalkService; setPick: (path: string | null) => void }> {
  const settings = tempSettings(mkdtempSync(join(tmpdir(), 'sticky-e2e-')));
  for (const [key, value] of Object.entries(options.settings ?? {})) settings.set(key as keyof Settings, value as never);
  let pick = options.pick ?? null;
  const { talks, samples, handlers } = createServices({
    settings,
    rehearsals: tempRehearsals(mkdtempSync(join(tmpdir(), 'sticky-e2e-runs-'))),
    history: tempHistory(mkdtempSync(join(tmpdir(), 'sticky-e2e-history-'))),
    recordingsDir: mkdtempSync(join(tmpdir(), 'sticky-e2e-recordings-')),
    samplesDir: SAMPLES_DIR,
    ...(options.workerEngine ? { engine: new WorkerEngine(join(ROOT, 'out/main/engineWorker.js')) } : {}),
    watchFile: watchFileWithChokidar,
    // Sent as JSON text and parsed in the page: Electron's IPC copies a message in one native step,
    // as this does, where Playwright's own argument serialisation walks the object in script.
    emit: (update) =>
      void page
        .evaluate(
          ([channel, json]) =>
            (window as unknown as { __stickyEmit: (c: string, p: unknown) => void }).__stickyEmit(channel, JSON.parse(json)),
          [TALK_UPDATE_CHANNEL, JSON.stringify(update)] as const,
        )
        .catch(() => undefined),
    pickTalkFile: async () => pick,
    pickSavePath: async () => pick,
    pickReportPath: async () => pick,
    pickRecordingFile: async () => pick,
    // Stands in for main's native question (dialogs.ts): the test says what the user answers.
    confirmCapability: async () => options.confirm ?? true,
  });
  const methods = Object.fromEntries(Object.entries(INVOKE_CHANNELS).map(([method, channel]) => [channel, method as InvokeMethod]));
  await page.exposeBinding('__stickyInvoke', (_source, channel: string, args: unknown[]) => {
    const method = methods[channel];
    return method
      ? envelope(() => handlers[method](...args))
      : { ok: false, error: { code: 'bad-request', message: `No channel ${channel}` } };
  });
  await page.addInitScript(`(() => {
    const listeners = new Map();
    window.__stickyEmit = (channel, payload) => { for (const listener of listeners.get(channel) ?? []) listener(payload); };
    const transport = {
      invoke: (channel, args) => window.__stickyInvoke(channel, args),
      subscribe: (channel, listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
        return () => listeners.get(channel).delete(listener);
      },
      pathForFile: () => '',
    };
    window.sticky = (${createStickyClient.toString()})(transport, ${JSON.stringify(INVOKE_CHANNELS)}, ${JSON.stringify(TALK_UPDATE_CHANNEL)});
  })();`);
  const initial = initialTalkPath(settings, samples, options.locale ?? 'en-US');
  if (initial) await talks.open(initial);
  if (options.clock) await page.clock.install();
  await page.goto(rendererUrl);
  return { talks, setPick: (path) => (pick = path) };
}

/** Playwright test with a `sticky` fixture: call `sticky.start()` to open the app. */
export const test = base.extend<{ sticky: StickyHarness }>({
  sticky: async ({ page }, use) => {
    const server = await serveStatic(join(ROOT, 'out/renderer'));
    let talks: TalkService | undefined;
    let setPick: ((path: string | null) => void) | undefined;
    const harness: StickyHarness = {
      page,
      get talks() {
        if (!talks) throw new Error('call sticky.start() first');
        return talks;
      },
      pickNext: (path) => setPick?.(path),
      start: async (options = {}) => {
        ({ talks, setPick } = await bindSticky(page, options, server.url));
      },
    };
    await use(harness);
    await talks?.close();
    await server.close();
  },
});

export { expect } from '@playwright/test';
