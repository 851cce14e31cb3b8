import type { AppState, InvokeMethod, OpenedTalk, SampleTalk, SettingsChange } from '../shared/api';
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
  /** Called after settings change (the app rebuilds its menu in the new language). */
  afterSettingsChange?: () => void;
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
      talkDefaults: settings.get('talkDefaults'),
      uiLanguage: settings.get('uiLanguage'),
    }),
    updateSettings: (changes: unknown): SettingsChange => {
      const change = (changes ?? {}) as SettingsChange;
      if (typeof changes !== 'object' || changes === null) throw new UserError('bad-request', 'Expected settings to change.');
      if (change.theme !== undefined && !THEMES.includes(change.theme))
        throw new UserError('bad-request', 'Theme must be system, light or dark.');
      if (change.uiLanguage !== undefined && !['system', 'en', 'nl'].includes(change.uiLanguage))
        throw new UserError('bad-request', 'The interface language must be system, en or nl.');
      if (change.talkDefaults !== undefined) {
        const { wpm, audience, lang } = change.talkDefaults;
        if (wpm !== null && !(typeof wpm === 'number' && wpm >= 60 && wpm <= 250))
          throw new UserError('bad-request', 'A speaking rate must be between 60 and 250 words per minute.');
        if (!['keynote', 'board', 'workshop'].includes(audience))
          throw new UserError('bad-request', 'The audience must be keynote, board or workshop.');
        if (!['auto', 'en', 'nl'].includes(lang)) throw new UserError('bad-request', 'The language must be auto, en or nl.');
        settings.set('talkDefaults', { wpm: wpm === null ? null : Math.round(wpm), audience, lang });
        talks.refresh();
      }
      if (change.theme !== undefined) settings.set('theme', change.theme);
      if (change.uiLanguage !== undefined) settings.set('uiLanguage', change.uiLanguage);
      services.afterSettingsChange?.();
      return { theme: settings.get('theme'), talkDefaults: settings.get('talkDefaults'), uiLanguage: settings.get('uiLanguage') };
    },
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
