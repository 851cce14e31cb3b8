import type { TalkLocation } from '../../../shared/location';
import type { Finding, Section } from '../../../shared/talk';
import type { DeckRead } from '../deck/readDeck';
import { isOfficeDeck, type DeckKind } from '../deck/detect';
import { OFFICE_PART } from '../deck/notes';
import type { SourceText } from '../talk/source';

/** Where each line of a talk's text is in the user's file: `table[n - 1]` for line n. */
export type LineTable = (TalkLocation | undefined)[];

// Sticky's conversion of a Word or OpenDocument text (services/office/blocks.ts): one line per
// block, headings as `#`, list items as `- `, Markdown punctuation escaped with a backslash.
const HEADING_LINE = /^#{1,6} (.*)$/;
const unescape = (text: string): string => text.replace(/\\(.)/g, '$1');

/** Lines of a converted Word or OpenDocument text: the heading they are under and their paragraph. */
function documentTable(lines: string[]): LineTable {
  let heading: string | undefined;
  let paragraph = 0;
  return lines.map((line) => {
    const isHeading = HEADING_LINE.exec(line);
    if (isHeading) {
      heading = unescape(isHeading[1]!);
      paragraph = 0;
      return { heading };
    }
    if (line.trim() === '') return heading === undefined ? undefined : { heading };
    paragraph += 1;
    const where: TalkLocation = heading === undefined ? { part: 'body' } : { heading };
    return { ...where, paragraph, ...(line.startsWith('- ') ? { item: true } : {}) };
  });
}

/** Lines of one slide of a converted presentation (services/office/deckText.ts): title, text, notes, section name. */
function officeSlideTable(lines: string[], slide: string, group: string | undefined): LineTable {
  const base: TalkLocation = group === undefined ? { slide } : { slide, group };
  let part: 'slide' | 'notes' | 'section' | 'hidden' = 'slide';
  let sectionName = group;
  let paragraph = 0;
  return lines.map((line): TalkLocation => {
    const marker = /^<!--(.*)-->$/.exec(line.trim());
    const office = marker ? OFFICE_PART.exec(marker[1]!) : null;
    if (office) {
      part = office[1] as typeof part;
      paragraph = 0;
      if (part === 'section') sectionName = office[2]!.trim();
      return { ...base, ...(part === 'notes' ? { part } : {}) };
    }
    const blank = line.trim() === '' || line.trim() === '<!--' || line.trim() === '-->' || line === '---';
    if (part === 'section' && sectionName !== undefined) return { slide, group: sectionName, part: 'section' };
    if (part === 'hidden' || blank) return { ...base, ...(part === 'notes' ? { part } : {}) };
    if (part === 'slide' && line.startsWith('# ')) return { ...base, part: 'title' };
    paragraph += 1;
    return { ...base, part, paragraph };
  });
}

/** The line of a normalised offset. */
const lineOf = (source: SourceText, offset: number): number => source.positionOfNormalized(offset).line;

/** The first line of a span that holds text, or null. */
function firstTextLine(source: SourceText, start: number, end: number): number | null {
  const first = source.normalized.slice(start, end).search(/\S/);
  return first === -1 ? null : lineOf(source, start + first);
}

/** Lines of a Markdown deck: each slide's shown text and notes, counted from their first line. */
function markdownDeckTable(source: SourceText, deck: DeckRead, lineCount: number): LineTable {
  const table: LineTable = new Array<TalkLocation | undefined>(lineCount).fill(undefined);
  deck.sections.forEach((section, index) => {
    const slide = section.slide ?? String(index + 1);
    for (let line = section.start.line; line <= Math.min(section.end.line, lineCount); line++) table[line - 1] ??= { slide };
    const text = deck.slides[index];
    if (!text) return;
    const mark = (start: number, end: number, part: 'slide' | 'notes', from: number): number => {
      const first = firstTextLine(source, start, end);
      if (first === null) return from;
      const last = lineOf(source, Math.max(start, end - 1));
      for (let line = first; line <= last; line++) table[line - 1] = { slide, part, line: from + line - first + 1 };
      return from + last - first + 1;
    };
    mark(text.shown.start, text.shown.end, 'slide', 0);
    let said = 0;
    for (const note of text.notes) said = mark(note.span.start, note.span.end, 'notes', said);
  });
  return table;
}

/**
 * Builds the table of where each line of a talk's text is in the user's file: slides and their
 * parts for decks, headings and paragraphs for converted Word and OpenDocument text. Plain
 * Markdown talks get none: their line and column already say where.
 */
export function lineTable(source: SourceText, deck: DeckRead | null, kind: DeckKind | null, fileName = ''): LineTable | null {
  const isDocument = /\.(docx|odt)$/i.test(fileName);
  if (!deck && !isDocument) return null;
  const lines = source.normalized.split('\n');
  if (deck && isOfficeDeck(kind)) {
    const table: LineTable = new Array<TalkLocation | undefined>(lines.length).fill(undefined);
    deck.sections.forEach((section, index) => {
      const from = section.start.line;
      const to = index + 1 < deck.sections.length ? deck.sections[index + 1]!.start.line - 1 : lines.length;
      const slideLines = officeSlideTable(lines.slice(from - 1, to), section.slide ?? String(index + 1), section.group);
      slideLines.forEach((where, offset) => (table[from - 1 + offset] = where));
    });
    return table;
  }
  if (deck) return markdownDeckTable(source, deck, lines.length);
  return documentTable(lines);
}

/** Puts each finding's location (by its first line) on it; a finding already located keeps its own. */
export function locateFindings(findings: Finding[], table: LineTable | null): void {
  if (!table) return;
  for (const finding of findings) {
    const where = table[finding.start.line - 1];
    if (where && !finding.location) finding.location = where;
  }
}

/** Puts each section's location on it: its slide (and PowerPoint section), or its heading. */
export function locateSections(sections: Section[], table: LineTable | null): void {
  if (!table) return;
  for (const section of sections) {
    if (section.slide !== undefined)
      section.location = section.group === undefined ? { slide: section.slide } : { slide: section.slide, group: section.group };
    else {
      const where = table[section.line - 1];
      if (where) section.location = where;
    }
  }
}
