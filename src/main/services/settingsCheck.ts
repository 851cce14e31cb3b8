import { AUDIENCES, MAX_WPM, MIN_WPM, TALK_LANGUAGE_CHOICES, THEMES, UI_LANGUAGES } from '../../shared/limits';
import { MAX_AUTHOR_CHARS, MAX_RECENT_FILES, type Settings, type TalkDefaults } from '../../shared/settings';
import { isBoolean, isNumberIn, isOneOf, isRecord, isString } from './checks';
import type { Cleaned } from './keyValueStore';

const isPace = isNumberIn(MIN_WPM, MAX_WPM);

/** Defaults for a fresh install. */
export const SETTINGS_DEFAULTS: Settings = {
  recentFiles: [],
  lastFile: null,
  firstRunDone: false,
  theme: 'system',
  paceByTalk: {},
  soundCue: false,
  microphone: false,
  keepRecording: false,
  talkDefaults: { wpm: null, audience: 'keynote', lang: 'auto' },
  uiLanguage: 'system',
  author: '',
};

const fresh = <K extends keyof Settings>(key: K): Settings[K] => structuredClone(SETTINGS_DEFAULTS[key]);

/**
 * Settings from whatever the file holds: each value that is missing or invalid falls back to its
 * default alone (one bad pace loses that pace, not the recent files); unknown keys are kept.
 */
export function cleanSettings(raw: Record<string, unknown>): Cleaned<Settings> {
  const dropped: string[] = [];
  const has = (key: string): boolean => Object.hasOwn(raw, key);
  function pick<K extends keyof Settings>(key: K, check: (value: unknown) => value is Settings[K]): Settings[K] {
    if (!has(key)) return fresh(key);
    if (check(raw[key])) return raw[key];
    dropped.push(key);
    return fresh(key);
  }
  /** Keeps the valid entries of a list or map; each invalid one is dropped alone. */
  function kept<V>(where: (at: string) => string, pairs: [string, unknown][], check: (item: unknown) => item is V): [string, V][] {
    const valid: [string, V][] = [];
    for (const [at, item] of pairs) {
      if (check(item)) valid.push([at, item]);
      else dropped.push(where(at));
    }
    return valid;
  }
  /** A list or map whose entries are checked one by one: an empty one when it is not one at all. */
  function container<C>(key: string, check: (value: unknown) => value is C, empty: C): C {
    if (!has(key)) return empty;
    if (check(raw[key])) return raw[key];
    dropped.push(key);
    return empty;
  }
  const recentFiles = container('recentFiles', (value): value is unknown[] => Array.isArray(value), []);
  const paceByTalk = container('paceByTalk', isRecord, {});
  const talkDefaults = container('talkDefaults', isRecord, {});
  const defaults = SETTINGS_DEFAULTS.talkDefaults;
  const field = <K extends keyof TalkDefaults>(key: K, check: (value: unknown) => value is TalkDefaults[K]): TalkDefaults[K] => {
    if (!Object.hasOwn(talkDefaults, key)) return defaults[key];
    if (check(talkDefaults[key])) return talkDefaults[key];
    dropped.push(`talkDefaults.${key}`);
    return defaults[key];
  };
  const data: Settings = {
    ...(raw as Partial<Settings>),
    recentFiles: kept((at) => `recentFiles[${at}]`, Object.entries(recentFiles), isString)
      .map(([, path]) => path)
      .slice(0, MAX_RECENT_FILES),
    lastFile: pick('lastFile', (value): value is string | null => value === null || isString(value)),
    firstRunDone: pick('firstRunDone', isBoolean),
    theme: pick('theme', isOneOf(THEMES)),
    paceByTalk: Object.fromEntries(kept((at) => `paceByTalk.${at}`, Object.entries(paceByTalk), isPace)),
    soundCue: pick('soundCue', isBoolean),
    microphone: pick('microphone', isBoolean),
    keepRecording: pick('keepRecording', isBoolean),
    talkDefaults: {
      wpm: field('wpm', (value): value is number | null => value === null || isPace(value)),
      audience: field('audience', isOneOf(AUDIENCES)),
      lang: field('lang', isOneOf(TALK_LANGUAGE_CHOICES)),
    },
    uiLanguage: pick('uiLanguage', isOneOf(UI_LANGUAGES)),
    author: pick('author', (value): value is string => isString(value) && value.length <= MAX_AUTHOR_CHARS),
  };
  return { data, dropped };
}
