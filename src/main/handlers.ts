import type { AppState, InvokeMethod, OpenedTalk, SampleTalk, SettingsChange } from '../shared/api';
import { storeNoticeAsError } from './services/storeNotices';
import type { RecentFile, Settings, ThemeChoice } from '../shared/settings';
import { ARGUMENT_SCHEMAS, type ArgumentsOf } from './ipcSchemas';
import { createRehearsalHandlers, type RehearsalServices } from './rehearsalHandlers';
import type { ChosenPaths } from './services/chosenPaths';
import type { RecentFiles } from './services/recentFiles';
import type { ScoreHistory } from './services/scoreHistory';
import type { ScoreSnapshot } from '../shared/history';
import type { KeyValueStore } from './services/settingsStore';
import type { TalkService } from './services/talkService';

/** The services the API is served by. */
export interface ApiServices extends RehearsalServices {
  talks: TalkService;
  recent: RecentFiles;
  settings: KeyValueStore<Settings>;
  samples: () => SampleTalk[];
  history: ScoreHistory;
  /** The paths the user chose; openFile opens no other. */
  chosen: ChosenPaths;
  /** Called after settings change (the app rebuilds its menu in the new language). */
  afterSettingsChange?: () => void;
  /** Shows an open dialog; resolves to the chosen path or null. */
  pickTalkFile: () => Promise<string | null>;
}

/** A handler takes the call's arguments as received (untrusted) and returns its value. */
export type Handler = (...args: unknown[]) => unknown;

/** A handler of checked arguments: what each call's code is written against. */
export type CheckedHandlers<M extends InvokeMethod = InvokeMethod> = { [K in M]: (...args: ArgumentsOf[K]) => unknown };

/** Puts each call's argument schema in front of its handler. */
function withSchemas(handlers: CheckedHandlers): Record<InvokeMethod, Handler> {
  const entries = (Object.keys(handlers) as InvokeMethod[]).map((method) => {
    const handler = handlers[method] as (...args: unknown[]) => unknown;
    const schema = ARGUMENT_SCHEMAS[method] as (values: unknown[]) => unknown[];
    return [method, (...values: unknown[]) => handler(...schema(values))] as const;
  });
  return Object.fromEntries(entries) as Record<InvokeMethod, Handler>;
}

/** Builds the handler of every API call; the same map serves Electron IPC and the browser tests. */
export function createHandlers(services: ApiServices): Record<InvokeMethod, Handler> {
  const { talks, recent, settings, chosen } = services;
  return withSchemas({
    ...createRehearsalHandlers(services),
    getState: (): AppState => ({
      current: talks.current,
      // A store that could not be read (and was set aside) is reported in the window's banner.
      error: talks.error ?? storeNoticeAsError(),
      recent: recent.list(),
      samples: services.samples(),
      theme: settings.get('theme'),
      soundCue: settings.get('soundCue'),
      microphone: settings.get('microphone'),
      talkDefaults: settings.get('talkDefaults'),
      uiLanguage: settings.get('uiLanguage'),
    }),
    updateSettings: (change: SettingsChange): SettingsChange => {
      if (change.talkDefaults !== undefined) {
        const { wpm, audience, lang } = change.talkDefaults;
        settings.set('talkDefaults', { wpm: wpm === null ? null : Math.round(wpm), audience, lang });
        void talks.refresh();
      }
      if (change.theme !== undefined) settings.set('theme', change.theme);
      if (change.uiLanguage !== undefined) settings.set('uiLanguage', change.uiLanguage);
      if (change.microphone !== undefined) settings.set('microphone', change.microphone);
      services.afterSettingsChange?.();
      return {
        theme: settings.get('theme'),
        talkDefaults: settings.get('talkDefaults'),
        uiLanguage: settings.get('uiLanguage'),
        microphone: settings.get('microphone'),
      };
    },
    // Refused before the file system is touched, so the answer says nothing about the path.
    openFile: (path: string): Promise<OpenedTalk> => talks.open(chosen.check(path)),
    openDialog: async (): Promise<OpenedTalk | null> => {
      const path = await services.pickTalkFile();
      return path ? talks.open(chosen.allow(path)) : null;
    },
    openDropped: (name: string, text: string): Promise<OpenedTalk> => talks.openText(name, text),
    removeRecent: (path: string | null): RecentFile[] => recent.remove(path ?? undefined),
    scoreHistory: (): ScoreSnapshot[] => (talks.current ? services.history.list(talks.current.key) : []),
    setTheme: (theme: ThemeChoice): ThemeChoice => {
      settings.set('theme', theme);
      return theme;
    },
  });
}
