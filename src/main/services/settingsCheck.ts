import { MAX_PATH } from '../../shared/limits';
import { passes, text, type Check } from '../../shared/schema/check';
import {
  MAX_RECENT_FILES,
  SETTING_CHECKS,
  SETTING_KEYS,
  SETTINGS_DEFAULTS,
  speakingRate,
  TALK_DEFAULT_FIELDS,
} from '../../shared/schema/settings';
import type { Settings, TalkDefaults } from '../../shared/settings';
import { isRecord } from './checks';
import type { Cleaned } from './keyValueStore';

/** Defaults for a fresh install (from the settings' one list, shared/schema/settings.ts). */
export { SETTINGS_DEFAULTS };

const isPace = passes(speakingRate);
const isPath = passes(text(MAX_PATH));
const TALK_DEFAULT_CHECKS: { [K in keyof TalkDefaults]: Check<TalkDefaults[K]> } = TALK_DEFAULT_FIELDS;
// Kept entry by entry (one bad entry drops alone); every other setting is checked whole.
const BY_ENTRY = ['recentFiles', 'paceByTalk', 'talkDefaults'] as const;
type ByEntry = (typeof BY_ENTRY)[number];
const isByEntry = (key: keyof Settings): key is ByEntry => (BY_ENTRY as readonly string[]).includes(key);

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
  const field = <K extends keyof TalkDefaults>(key: K): TalkDefaults[K] => {
    if (!Object.hasOwn(talkDefaults, key)) return defaults[key];
    const value = talkDefaults[key];
    if (passes(TALK_DEFAULT_CHECKS[key])(value)) return value;
    dropped.push(`talkDefaults.${key}`);
    return defaults[key];
  };
  // Checked in the list's order, so what is left out is reported in the order the settings are kept.
  const byEntry: { [K in ByEntry]: () => Settings[K] } = {
    recentFiles: () =>
      kept((at) => `recentFiles[${at}]`, Object.entries(recentFiles), isPath)
        .map(([, path]) => path)
        .slice(0, MAX_RECENT_FILES),
    paceByTalk: () => Object.fromEntries(kept((at) => `paceByTalk.${at}`, Object.entries(paceByTalk), isPace)),
    talkDefaults: () => ({ wpm: field('wpm'), audience: field('audience'), lang: field('lang') }),
  };
  const checked = <K extends keyof Settings>(key: K): [K, unknown] => [
    key,
    isByEntry(key) ? byEntry[key]() : pick(key, passes(SETTING_CHECKS[key])),
  ];
  const data = { ...raw, ...Object.fromEntries(SETTING_KEYS.map(checked)) } as Settings;
  return { data, dropped };
}
