// The settings' types, inferred from their one list (shared/schema/settings.ts).
import type { Settings } from './schema/settings';

export type { Settings } from './schema/settings';
export { MAX_AUTHOR_CHARS, MAX_RECENT_FILES } from './schema/settings';

/** Colour theme choice. */
export type ThemeChoice = Settings['theme'];

/** The language of Sticky's own screens. */
export type UiLanguage = Settings['uiLanguage'];

/** Defaults for talks whose front matter does not say. */
export type TalkDefaults = Settings['talkDefaults'];

/** A recent talk as the UI lists it. */
export interface RecentFile {
  path: string;
  name: string;
  exists: boolean;
}
