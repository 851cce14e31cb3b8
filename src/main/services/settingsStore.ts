import { MAX_AUTHOR_CHARS, type Settings } from '../../shared/settings';
import { AUDIENCES, MAX_WPM, MIN_WPM, TALK_LANGUAGE_CHOICES, THEMES, UI_LANGUAGES } from '../../shared/limits';
import { cleanSettings, SETTINGS_DEFAULTS } from './settingsCheck';
import { withStoreLock } from './fileLock';
import type { KeyValueStore } from './keyValueStore';
import { openStore, tolerantDeserialize, type OpenedStore } from './tolerantStore';

export { SETTINGS_DEFAULTS } from './settingsCheck';

export type { KeyValueStore } from './keyValueStore';

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
    recentFiles: { type: 'array', items: { type: 'string' }, default: SETTINGS_DEFAULTS.recentFiles },
    lastFile: { type: ['string', 'null'], default: SETTINGS_DEFAULTS.lastFile },
    firstRunDone: { type: 'boolean', default: SETTINGS_DEFAULTS.firstRunDone },
    theme: { type: 'string', enum: [...THEMES], default: SETTINGS_DEFAULTS.theme },
    paceByTalk: {
      type: 'object',
      additionalProperties: { type: 'number', minimum: MIN_WPM, maximum: MAX_WPM },
      default: SETTINGS_DEFAULTS.paceByTalk,
    },
    soundCue: { type: 'boolean', default: SETTINGS_DEFAULTS.soundCue },
    microphone: { type: 'boolean', default: SETTINGS_DEFAULTS.microphone },
    keepRecording: { type: 'boolean', default: SETTINGS_DEFAULTS.keepRecording },
    talkDefaults: {
      type: 'object',
      properties: {
        wpm: { type: ['number', 'null'], minimum: MIN_WPM, maximum: MAX_WPM },
        audience: { type: 'string', enum: [...AUDIENCES] },
        lang: { type: 'string', enum: [...TALK_LANGUAGE_CHOICES] },
      },
      default: SETTINGS_DEFAULTS.talkDefaults,
    },
    uiLanguage: { type: 'string', enum: [...UI_LANGUAGES], default: SETTINGS_DEFAULTS.uiLanguage },
    author: { type: 'string', maxLength: MAX_AUTHOR_CHARS, default: SETTINGS_DEFAULTS.author },
    // Every setting of the one list (shared/schema/settings.ts) has its JSON schema here: the type
    // check fails when one is missing; the defaults are the list's.
  } satisfies Record<keyof Settings, { type: string | readonly string[]; default: unknown; [keyword: string]: unknown }>,
} as const;

/**
 * For the app's start: the settings store, or when its file cannot be used at all the defaults in
 * memory with a notice; never throws, so the window always opens. `create` builds the real store
 * (`() => new Store<Settings>(SETTINGS_STORE_OPTIONS as never)`).
 */
export function openSettings(create: () => KeyValueStore<Settings>): OpenedStore<Settings> {
  return openStore(create, SETTINGS_DEFAULTS, 'settings');
}

/**
 * Changes one setting from its value now, under the settings file's lock (fileLock.ts): two
 * Stickies changing, say, the pace of different talks at once both keep their change.
 */
export function updateSetting<K extends keyof Settings>(
  settings: KeyValueStore<Settings>,
  key: K,
  change: (value: Settings[K]) => Settings[K],
): Settings[K] {
  return withStoreLock(settings, () => {
    const value = change(settings.get(key));
    settings.set(key, value);
    return value;
  });
}
