import type { Audience, Lang } from './talk';

// Speaking rates outside 60-250 words per minute are not speech: 60 is a slow, paused delivery,
// 250 an auctioneer. Typical keynote rates are 110-160 wpm. The front matter's `wpm`, the
// settings' default rate and the speaker's measured pace all accept this range.
/** The slowest speaking rate Sticky accepts, in words per minute. */
export const MIN_WPM = 60;
/** The fastest speaking rate Sticky accepts, in words per minute. */
export const MAX_WPM = 250;

// Custom rehearsal targets from one minute (an elevator pitch) to three hours (a workshop day's block).
/** The shortest custom rehearsal target, in minutes. */
export const MIN_TARGET_MINUTES = 1;
/** The longest custom rehearsal target, in minutes. */
export const MAX_TARGET_MINUTES = 180;

// Below 60 spoken words (about 30 seconds: a video intro, an exercise instruction, a "Thank you"
// slide) there is too little text to judge a blind spot; risks are still computed, never flagged,
// and marked `tooShort` so no screen or report shows them as a risk.
/** The fewest spoken words a section needs for its blind spots to be judged. */
export const MIN_WORDS_TO_JUDGE = 60;

/** The audience lenses (DOMAIN.md): front matter `audience:` and the settings' default. */
export const AUDIENCES = ['keynote', 'board', 'workshop'] as const satisfies readonly Audience[];

/** The languages Sticky analyses. */
export const TALK_LANGUAGES = ['en', 'nl'] as const satisfies readonly Lang[];

/** The settings' talk language: detected per talk, or fixed. */
export const TALK_LANGUAGE_CHOICES = ['auto', ...TALK_LANGUAGES] as const;

/** The colour themes. */
export const THEMES = ['system', 'light', 'dark'] as const;

/** The interface languages: the system's, or one of the talk languages. */
export const UI_LANGUAGES = ['system', ...TALK_LANGUAGES] as const;

/** Whether a number is a speaking rate Sticky accepts. */
export const isSpeakingRate = (value: number): boolean => Number.isFinite(value) && value >= MIN_WPM && value <= MAX_WPM;

// The limit. A 60-minute talk is about 60 KB of Markdown; 5 MB is a hundred times that,
// so anything larger is a wrong file, not a talk.
/** The largest talk Sticky reads, in bytes of UTF-8. */
export const MAX_TALK_BYTES = 5 * 1024 * 1024;
// Windows' extended-length paths go up to 32,767 characters, the longest path any platform takes.
/** The longest file path a check accepts. */
export const MAX_PATH = 32_767;
// Section ids are slugs cut at 60 characters (engine/talk/tokens.ts) plus a "-N" suffix; run ids
// are about 20. 200 is ample for both.
/** The longest id (section, run, recording token) a check accepts. */
export const MAX_ID = 200;
