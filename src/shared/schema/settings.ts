// Every setting Sticky remembers, in one list: each setting's check and its value on a fresh
// install. The Settings type, the defaults, the updateSettings IPC schema (SettingsChange) and the
// settings store's check on read (main/services/settingsCheck.ts) all come from it.
import { AUDIENCES, MAX_PATH, MAX_WPM, MIN_WPM, TALK_LANGUAGE_CHOICES, THEMES, UI_LANGUAGES } from '../limits';
import { boolean, list, nullable, number, object, oneOf, optional, record, text, type Check, type OptionalCheck } from './check';

// Ten recent talks: a speaker has a handful of live talks, a coach a client list; more than ten
// no longer fits a menu.
/** The most recent talks Sticky remembers. */
export const MAX_RECENT_FILES = 10;

// A name, not a paragraph: 80 characters holds any real full name and keeps the sidecar readable.
/** The longest name notes are signed with. */
export const MAX_AUTHOR_CHARS = 80;

// One pace per talk the speaker paced: 10,000 talks is a lifetime of speaking. (The store checks the
// paces one by one and drops a bad one alone; this bound holds wherever the whole map is checked.)
const MAX_PACED_TALKS = 10_000;

/** A speaking rate Sticky accepts, in words per minute. */
export const speakingRate = number(MIN_WPM, MAX_WPM, {
  message: `A speaking rate must be between ${MIN_WPM} and ${MAX_WPM} words per minute.`,
});

/** The colour theme, with the refusal setTheme and updateSettings give. */
export const themeChoice = oneOf(THEMES, `Theme must be ${THEMES.join(', ')}.`);

/** Each default for talks whose front matter does not say, checked alone (the store drops a bad one alone). */
export const TALK_DEFAULT_FIELDS = {
  /** Speaking rate in words per minute, or null for the language's default (130 en, 115 nl). */
  wpm: nullable(speakingRate),
  audience: oneOf(AUDIENCES, `The audience must be ${AUDIENCES.join(', ')}.`),
  /** The talk language when the front matter has none: detected, or fixed. */
  lang: oneOf(TALK_LANGUAGE_CHOICES, `The language must be ${TALK_LANGUAGE_CHOICES.join(', ')}.`),
};

/** A setting: its check (IPC's and the store's) and its value on a fresh install. */
export interface Setting<T> {
  check: Check<T>;
  fallback: T;
}

const setting = <T>(check: Check<T>, fallback: NoInfer<T>): Setting<T> => ({ check, fallback });

/** Every setting, by key. */
export const SETTING_FIELDS = {
  /** Most recent first, at most MAX_RECENT_FILES. */
  recentFiles: setting(list(text(MAX_PATH), MAX_RECENT_FILES), []),
  /** The talk that was open when Sticky last closed. */
  lastFile: setting(nullable(text(MAX_PATH)), null),
  /** False until Sticky has started once (then it opened the sample). */
  firstRunDone: setting(boolean, false),
  theme: setting(themeChoice, 'system'),
  /** The speaker's own pace (words per minute) chosen for a talk's estimates, by talk key. */
  paceByTalk: setting(record(speakingRate, MAX_PACED_TALKS, MAX_PATH), {}),
  /** A soft sound when a rehearsal section turns tight or over. Off by default. */
  soundCue: setting(boolean, false),
  /** Rehearse out loud: the microphone measures pace, pauses and vocal variety. Off by default. */
  microphone: setting(boolean, false),
  /** Keep the recording: a rehearsal's audio saved as WAV beside the run, deleted with it. Off by default. */
  keepRecording: setting(boolean, false),
  talkDefaults: setting(object(TALK_DEFAULT_FIELDS), { wpm: null, audience: 'keynote', lang: 'auto' }),
  /** The language of Sticky's own screens. */
  uiLanguage: setting(oneOf(UI_LANGUAGES, `The interface language must be ${UI_LANGUAGES.join(', ')}.`), 'system'),
  /** The name the coach's notes, replies and dismissals are signed with; '' until set. */
  author: setting(text(MAX_AUTHOR_CHARS, { message: `A name must be at most ${MAX_AUTHOR_CHARS} characters.` }), ''),
};

type Fields = typeof SETTING_FIELDS;

/** Everything Sticky remembers between runs. */
export type Settings = { [K in keyof Fields]: Fields[K] extends Setting<infer T> ? T : never };

/** The settings' keys, in the list's order. */
export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as (keyof Settings)[];

/** Each setting's check, by key. */
export const SETTING_CHECKS = Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTING_FIELDS[key].check])) as {
  [K in keyof Settings]: Check<Settings[K]>;
};

/** Defaults for a fresh install. */
export const SETTINGS_DEFAULTS = Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTING_FIELDS[key].fallback])) as Settings;

/** The settings a user changes in the settings panel (updateSettings). */
const CHANGEABLE = ['theme', 'talkDefaults', 'uiLanguage', 'microphone', 'keepRecording', 'author'] as const satisfies (keyof Settings)[];

type Changeable = (typeof CHANGEABLE)[number];

/** updateSettings' argument: any of the changeable settings, each checked as the store checks it. */
export const settingsChange = object(
  Object.fromEntries(CHANGEABLE.map((key) => [key, optional<unknown>(SETTING_FIELDS[key].check)])) as {
    [K in Changeable]: OptionalCheck<Settings[K]>;
  },
);
