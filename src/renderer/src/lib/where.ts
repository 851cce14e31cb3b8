import { formatLocation } from '../../../shared/location';
import type { Finding, Section, Talk } from '../../../shared/talk';
import { locale, t } from './i18n.svelte';

// Word, PowerPoint and OpenDocument files: Sticky reads them as converted text whose lines the user never sees.
const OFFICE_FILE = /\.(docx|odt|pptx|odp)$/i;

/** Whether a file is read from a Word, PowerPoint or OpenDocument file (by its name), whose own lines mean nothing. */
export const isOfficeFile = (name: string): boolean => OFFICE_FILE.test(name);

/** The deck tools' and office suites' own spellings of their names. */
const DECK_NAMES = { slidev: 'Slidev', marp: 'Marp', reveal: 'reveal.js', pptx: 'PowerPoint', odp: 'Impress' } as const;

/** The name of the tool whose deck this talk is (Slidev, Marp, reveal.js, PowerPoint, Impress), or null for a talk. */
export function deckName(talk: Talk): string | null {
  const kind = talk.presentation ?? talk.deck;
  return kind ? DECK_NAMES[kind] : null;
}

/** Whether the talk is a slide deck: its sections are slides, its notes are spoken. */
export const isDeck = (talk: Talk): boolean => deckName(talk) !== null;

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Where a finding is in the user's file, in the interface language: "Slide 7, notes, paragraph 2"
 * or "Heading 'Where we are now', paragraph 3" in an Office file; in a Markdown deck also the
 * file's own line; "Line 12" in a plain talk.
 */
export function findingWhere(finding: Finding, fileName: string): string {
  const place = formatLocation(finding.location, locale.current);
  if (place === null) return t('findings.line', { line: finding.start.line });
  if (isOfficeFile(fileName)) return capitalised(place);
  return t('findings.fileLine', { place: capitalised(place), line: finding.start.line });
}

/**
 * Where a section starts in the user's file, in the interface language: "slide 3" or
 * "Heading 'Where we are now'" in an Office file, "slide 3 · line 14" in a Markdown deck,
 * "line 14" in a plain talk.
 */
export function sectionWhere(section: Section, fileName: string): string {
  const place = formatLocation(section.location, locale.current);
  if (place !== null && isOfficeFile(fileName)) return place;
  if (section.slide !== undefined) return t('table.slide', { slide: section.slide, line: section.line });
  return t('table.line', { line: section.line });
}
