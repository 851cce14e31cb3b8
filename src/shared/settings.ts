import type { AUDIENCES, TALK_LANGUAGE_CHOICES, THEMES, UI_LANGUAGES } from './limits';

/** Colour theme choice. */
export type ThemeChoice = (typeof THEMES)[number];

/** The language of Sticky's own screens. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Defaults for talks whose front matter does not say. */
export interface TalkDefaults {
  /** Speaking rate in words per minute, or null for the language's default (130 en, 115 nl). */
  wpm: number | null;
  audience: (typeof AUDIENCES)[number];
  /** The talk language when the front matter has none: detected, or fixed. */
  lang: (typeof TALK_LANGUAGE_CHOICES)[number];
}

/** Everything Sticky remembers between runs. */
export interface Settings {
  /** Most recent first, at most MAX_RECENT_FILES. */
  recentFiles: string[];
  /** The talk that was open when Sticky last closed. */
  lastFile: string | null;
  /** False until Sticky has started once (then it opened the sample). */
  firstRunDone: boolean;
  theme: ThemeChoice;
  /** The speaker's own pace (words per minute) chosen for a talk's estimates, by talk key. */
  paceByTalk: Record<string, number>;
  /** A soft sound when a rehearsal section turns tight or over. Off by default. */
  soundCue: boolean;
  /** Rehearse out loud: the microphone measures pace, pauses and vocal variety. Off by default. */
  microphone: boolean;
  /** Keep the recording: a rehearsal's audio saved as WAV beside the run, deleted with it. Off by default. */
  keepRecording: boolean;
  talkDefaults: TalkDefaults;
  uiLanguage: UiLanguage;
  /** The name the coach's notes, replies and dismissals are signed with; '' until set. */
  author: string;
}

// Ten recent talks: a speaker has a handful of live talks, a coach a client list; more than ten
// no longer fits a menu.
export const MAX_RECENT_FILES = 10;

// A name, not a paragraph: 80 characters holds any real full name and keeps the sidecar readable.
export const MAX_AUTHOR_CHARS = 80;

/** A recent talk as the UI lists it. */
export interface RecentFile {
  path: string;
  name: string;
  exists: boolean;
}
