import { t } from '../i18n.svelte';
import { isOfficeFile } from '../where';

// The same 5 MB limit the main process enforces, checked before reading a dropped file into memory.
const MAX_DROP_BYTES = 5 * 1024 * 1024;

/** Why a file dropped without a known path cannot be opened, in the interface language, or null when it can. */
export function droppedTalkProblem(file: { name: string; size: number }): string | null {
  const name = file.name;
  // A document or deck is read by the main process from its path; without one, it cannot be opened.
  if (isOfficeFile(name)) return t('error.dropped-office', { name });
  // Check the name before reading: a dropped video should not be read into memory.
  if (!/\.(md|markdown|mdown|mkd|txt)$/i.test(name)) return t('error.not-markdown', { name });
  if (file.size > MAX_DROP_BYTES) return t('error.too-large', { name });
  return null;
}
