import type { FrontMatter } from '../talk/frontMatter';
import { SLIDEV_MARKER_KEYS } from './keys';

/** The Markdown slide tools whose decks Sticky reads. */
export const DECK_KINDS = ['slidev', 'marp', 'reveal'] as const;

/** The office formats whose slides Sticky reads as a deck (converted by services/office to Marp-like text). */
export const OFFICE_DECK_KINDS = ['pptx', 'odp'] as const;

/** A slide tool's format: a Markdown tool's, or an office suite's presentation. */
export type DeckKind = (typeof DECK_KINDS)[number] | (typeof OFFICE_DECK_KINDS)[number];

/** Whether a deck came from PowerPoint or OpenDocument (paragraphs, not lines, locate things in it). */
export const isOfficeDeck = (kind: DeckKind | null): kind is (typeof OFFICE_DECK_KINDS)[number] =>
  kind !== null && (OFFICE_DECK_KINDS as readonly string[]).includes(kind);

/** What the front matter's `deck:` key may say: a tool, or `none` for a plain talk. */
export const DECK_VALUES = [...DECK_KINDS, 'none'] as const;

const fenceOf = (line: string): string | null => /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1] ?? null;

/** What the body's lines show, in one pass: separators, reveal.js notes and vertical separators. */
interface BodyMarkers {
  separators: number;
  noteLines: number;
  verticals: number;
  /** `---` lines followed at once by a Slidev per-slide key: per-slide front matter. */
  slideMatter: number;
}

// Slidev's per-slide front matter keys (sli.dev/custom/#frontmatter-configures), and Sticky's own.
const SLIDE_KEY =
  /^(?:layout|class|transition|background|clicks|hideInToc|level|src|zoom|hide|disabled|preload|routeAlias|variants|minutes):/;

function scanBody(text: string, bodyStart: number): BodyMarkers {
  const markers: BodyMarkers = { separators: 0, noteLines: 0, verticals: 0, slideMatter: 0 };
  let fence: string | null = null;
  let previousBlank = true;
  let previousSeparator = false;
  let lineStart = bodyStart;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline).trimEnd();
    const opened = fenceOf(line);
    if (fence !== null) {
      if (opened !== null && opened[0] === fence[0] && opened.length >= fence.length) fence = null;
    } else if (opened !== null) fence = opened;
    else if (line === '---') markers.separators++;
    else if (line === '--' && previousBlank) markers.verticals++;
    else if (/^notes?:/i.test(line)) markers.noteLines++;
    if (previousSeparator && fence === null && SLIDE_KEY.test(line)) markers.slideMatter++;
    previousSeparator = fence === null && line === '---';
    previousBlank = line.trim() === '';
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return markers;
}

/**
 * Which slide tool wrote the talk, if any: a PowerPoint or OpenDocument presentation by its file
 * name; then the front matter's `deck:` key says it outright;
 * otherwise Marp's `marp: true`, reveal.js's `Note:` lines or `--` vertical separators, or
 * Slidev's headmatter with `---` slide separators. A plain talk with a `---` rule stays a talk.
 */
export function detectDeck(text: string, frontMatter: FrontMatter, fileName = ''): DeckKind | null {
  // A presentation's text is Sticky's own conversion (services/office/deckText.ts): its name says so.
  const office = /\.(pptx|odp)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (office) return office as DeckKind;
  const declared = frontMatter.entries.get('deck')?.value;
  if (typeof declared === 'string') {
    const kind = declared.trim().toLowerCase();
    if (kind === 'none') return null;
    if ((DECK_KINDS as readonly string[]).includes(kind)) return kind as DeckKind;
  }
  if (frontMatter.entries.get('marp')?.value === true) return 'marp';
  const markers = scanBody(text, frontMatter.bodyStart);
  if (markers.verticals > 0 || (markers.noteLines > 0 && markers.separators > 0)) return 'reveal';
  const slidevKeys = [...frontMatter.entries.keys()].some((key) => SLIDEV_MARKER_KEYS.has(key));
  if ((slidevKeys && markers.separators > 0) || markers.slideMatter > 0) return 'slidev';
  return null;
}
