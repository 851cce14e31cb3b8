import { BLIND_SPOTS, PRINCIPLES, type BlindSpotId, type PrincipleId } from '../../../shared/analysis';
import { NOTE_TAGS, type NoteTag } from '../../../shared/notes';
import { t } from './i18n.svelte';
import { blindSpotName, principleName } from './names';

/** A note tag's name in the interface language: a principle, a blind spot, or "General". */
export function noteTagName(tag: NoteTag): string {
  if ((PRINCIPLES as readonly string[]).includes(tag)) return principleName(tag as PrincipleId);
  if ((BLIND_SPOTS as readonly string[]).includes(tag)) return blindSpotName(tag as BlindSpotId);
  return t('notes.general');
}

/** Every tag with its name, for a select: principles, blind spots, general. */
export function noteTagOptions(): [NoteTag, string][] {
  return NOTE_TAGS.map((tag) => [tag, noteTagName(tag)]);
}

/** A short quote for a label: the first 60 characters, an ellipsis when cut. */
export function shortQuote(text: string): string {
  // 60 characters is about ten words: enough to recognise a passage in a one-line label.
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
