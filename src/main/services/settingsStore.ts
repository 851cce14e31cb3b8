import type { Settings } from '../../shared/settings';
import { cleanSettings, MAX_WPM, MIN_WPM, SETTINGS_DEFAULTS } from './settingsCheck';
import { openStore, tolerantDeserialize, type OpenedStore } from './tolerantStore';

export { SETTINGS_DEFAULTS } from './settingsCheck';

/** The part of electron-store / conf that Sticky uses, so either can back the settings. */
export interface KeyValueStore<T> {
  get<K extends keyof T>(key: K): T[K];
  set<K extends keyof T>(key: K, value: T[K]): void;
  /** The file behind the store, when there is one (conf and electron-store have it). */
  readonly path?: string;
}

/**
 * The one options object for electron-store (in the app) and conf (in tests): defaults, a JSON
 * schema that refuses invalid values on write, and a reader that keeps every valid value of a
 * damaged file (tolerantDeserialize) so the schema never has to wipe it.
 */
export const SETTINGS_STORE_OPTIONS = {
  configName: 'settings',
  projectName: 'sticky',
  defaults: SETTINGS_DEFAULTS,
  clearInvalidConfig: true,
  deserialize: tolerantDeserialize('settings', cleanSettings),
  schema: {
    recentFiles: { type: 'array', items: { type: 'string' }, default: [] },
    lastFile: { type: ['string', 'null'], default: null },
    firstRunDone: { type: 'boolean', default: false },
    theme: { type: 'string', enum: ['system', 'light', 'dark'], default: 'system' },
    paceByTalk: { type: 'object', additionalProperties: { type: 'number', minimum: MIN_WPM, maximum: MAX_WPM }, default: {} },
    soundCue: { type: 'boolean', default: false },
    microphone: { type: 'boolean', default: false },
    talkDefaults: {
      type: 'object',
      properties: {
        wpm: { type: ['number', 'null'], minimum: MIN_WPM, maximum: MAX_WPM },
        audience: { type: 'string', enum: ['keynote', 'board', 'workshop'] },
        lang: { type: 'string', enum: ['auto', 'en', 'nl'] },
      },
      default: SETTINGS_DEFAULTS.talkDefaults,
    },
    uiLanguage: { type: 'string', enum: ['system', 'en', 'nl'], default: 'system' },
  },
} as const;

/**
 * For the app's start: the settings store, or when its file cannot be used at all the defaults in
 * memory with a notice; never throws, so the window always opens. `create` builds the real store
 * (`() => new Store<Settings>(SETTINGS_STORE_OPTIONS as never)`).
 */
export function openSettings(create: () => KeyValueStore<Settings>): OpenedStore<Settings> {
  return openStore(create, SETTINGS_DEFAULTS, 'settings');
}
