import type { Settings } from '../../shared/settings';

/** The part of electron-store / conf that Sticky uses, so either can back the settings. */
export interface KeyValueStore<T> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
}

/** Defaults for a fresh install. */
export const SETTINGS_DEFAULTS: Settings = {
  recentFiles: [],
  lastFile: null,
  firstRunDone: false,
  theme: 'system',
  paceByTalk: {},
  soundCue: false,
  talkDefaults: { wpm: null, audience: 'keynote', lang: 'auto' },
  uiLanguage: 'system',
};

/**
 * The one options object for electron-store (in the app) and conf (in tests): defaults, a JSON
 * schema that resets invalid values, and a name.
 */
export const SETTINGS_STORE_OPTIONS = {
  configName: 'settings',
  projectName: 'sticky',
  defaults: SETTINGS_DEFAULTS,
  clearInvalidConfig: true,
  schema: {
    recentFiles: { type: 'array', items: { type: 'string' }, default: [] },
    lastFile: { type: ['string', 'null'], default: null },
    firstRunDone: { type: 'boolean', default: false },
    theme: { type: 'string', enum: ['system', 'light', 'dark'], default: 'system' },
    paceByTalk: { type: 'object', additionalProperties: { type: 'number', minimum: 60, maximum: 250 }, default: {} },
    soundCue: { type: 'boolean', default: false },
    talkDefaults: {
      type: 'object',
      properties: {
        wpm: { type: ['number', 'null'], minimum: 60, maximum: 250 },
        audience: { type: 'string', enum: ['keynote', 'board', 'workshop'] },
        lang: { type: 'string', enum: ['auto', 'en', 'nl'] },
      },
      default: { wpm: null, audience: 'keynote', lang: 'auto' },
    },
    uiLanguage: { type: 'string', enum: ['system', 'en', 'nl'], default: 'system' },
  },
} as const;
