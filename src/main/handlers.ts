import type { AppState, InvokeMethod, OpenedTalk, SampleTalk } from '../shared/api';
import type { RecentFile, Settings, ThemeChoice } from '../shared/settings';
import { createRehearsalHandlers, type RehearsalServices } from './rehearsalHandlers';
import type { RecentFiles } from './services/recentFiles';
import type { ScoreHistory } from './services/scoreHistory';
import type { ScoreSnapshot } from '../shared/history';
import type { KeyValueStore } from './services/settingsStore';
import type { TalkService } from './services/talkService';
import { UserError } from './services/userError';

/** The services the API is served by. */
export interface ApiServices extends RehearsalServices {
  talks: TalkService;
  recent: RecentFiles;
  settings: KeyValueStore<Settings>;
  samples: () => SampleTalk[];
  history: ScoreHistory;
  /** Shows an open dialog; resolves to the chosen path or null. */
  pickTalkFile: () => Promise<string | null>;
}

/** A handler takes the call's arguments as received (untrusted) and returns its value. */
export type Handler = (...args: unknown[]) => unknown;

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UserError('bad-request', `Expected ${what} as text.`);
  return value;
}

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Builds the handler of every API call; the same map serves Electron IPC and the browser tests. */
export function createHandlers(services: ApiServices): Record<InvokeMethod, Handler> {
  const { talks, recent, settings } = services;
  return {
    ...createRehearsalHandlers(services),
    getState: (): AppState => ({
      current: talks.current,
      error: talks.error,
      recent: recent.list(),
      samples: services.samples(),
      theme: settings.get('theme'),
      soundCue: settings.get('soundCue'),
    }),
    openFile: (path: unknown): Promise<OpenedTalk> => talks.open(requireString(path, 'a file path')),
    openDialog: async (): Promise<OpenedTalk | null> => {
      const path = await services.pickTalkFile();
      return path ? talks.open(path) : null;
    },
    openDropped: (name: unknown, text: unknown): Promise<OpenedTalk> => {
      if (typeof text !== 'string') throw new UserError('bad-request', 'Expected the dropped file as text.');
      return talks.openText(requireString(name, 'a file name'), text);
    },
    removeRecent: (path: unknown): RecentFile[] => recent.remove(path === null ? undefined : requireString(path, 'a file path')),
    scoreHistory: (): ScoreSnapshot[] => (talks.current ? services.history.list(talks.current.key) : []),
    setTheme: (theme: unknown): ThemeChoice => {
      if (!THEMES.includes(theme as ThemeChoice)) throw new UserError('bad-request', 'Theme must be system, light or dark.');
      settings.set('theme', theme as ThemeChoice);
      return theme as ThemeChoice;
    },
  };
}
