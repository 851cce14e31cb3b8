import type { Section } from '../../../shared/talk';
import { VARIANTS } from '../../../shared/talk';
import { readDirectives } from '../talk/directives';
import type { FrontMatter } from '../talk/frontMatter';
import { MAX_SECTIONS } from '../talk/limits';
import { boundNesting } from '../talk/nesting';
import { noticeAt, type Notice } from '../talk/say';
import type { SourceText } from '../talk/source';
import { firstSentence, headingText, maskRange, placeTokens, slugify } from '../talk/tokens';
import { countWords } from '../text/words';
import { isOfficeDeck, type DeckKind } from './detect';
import { matterEntries, slideSettings } from './matter';
import { OFFICE_PART, slideParts, type Span } from './notes';
import { headingDivider, splitSlides } from './slides';

/** A slide's shown and spoken text, for the deck checks. */
export interface SlideText {
  sectionId: string;
  label: string;
  /** The spoken mask of the shown text, from `shown.start`. */
  shownMask: string;
  shown: Span;
  /** The spoken mask of each note span. */
  notes: { span: Span; masked: string }[];
}

/** A deck read into sections: each slide one section, spoken from its notes. */
export interface DeckRead {
  sections: Section[];
  /** Spoken masks, one per section: `masked[i]` is the character at `start + i`, or a space; `shown` the same for the slide's shown text. */
  texts: { id: string; start: number; masked: string; shown: string }[];
  slides: SlideText[];
  /** Problems of the slides' settings and comments, told in the talk's language once it is known. */
  findings: Notice[];
  /** The first slide's heading: the deck's title when the front matter has none. */
  firstHeading?: string;
}

/** The spoken mask of a run of Markdown and its first heading, nesting bounded as for a talk. */
function readMarkdown(text: string): { masked: string; heading?: string } {
  const tokens = placeTokens(text, 0, boundNesting(text).text);
  const heading = tokens.find((placed) => placed.type === 'heading');
  return { masked: maskRange(tokens, 0, text.length), ...(heading ? { heading: headingText(heading.token) } : {}) };
}

/** Pieces of masked text laid out on a section's span: `[start, end)`, blanks between them. */
function sectionMask(pieces: { at: number; masked: string }[], start: number, end: number): string {
  let masked = '';
  for (const piece of pieces) {
    // Only blank lines lie between a slide's start and its first character: a piece's blank head is cut.
    const offset = piece.at - start;
    masked = offset >= 0 ? masked.padEnd(offset, ' ') + piece.masked : piece.masked.slice(-offset);
  }
  return masked.padEnd(end - start, ' ').slice(0, end - start);
}

/** The PowerPoint section a converted slide is in, from its `office-part: section` marker. */
function officeGroup(comments: { raw: string }[]): string | undefined {
  for (const comment of comments) {
    const part = OFFICE_PART.exec(comment.raw.slice(4, -3));
    if (part?.[1] === 'section' && part[2]!.trim() !== '') return part[2]!.trim();
  }
  return undefined;
}

/** Reads a Slidev, Marp or reveal.js deck: slides become sections, notes the spoken text. */
export function readDeck(source: SourceText, frontMatter: FrontMatter, kind: DeckKind): DeckRead {
  const text = source.normalized;
  const split = splitSlides(text, frontMatter.bodyStart, kind, kind === 'marp' ? headingDivider(text, frontMatter) : undefined);
  const read: DeckRead = { sections: [], texts: [], slides: [], findings: [] };
  const taken = new Set<string>();
  split.slides.forEach((slide, index) => {
    const parts = slideParts(text, kind, slide.contentStart, slide.end);
    const shown = readMarkdown(text.slice(slide.contentStart, parts.shownEnd));
    const notes = parts.notes.map((span) => ({ span, masked: readMarkdown(text.slice(span.start, span.end)).masked }));
    const matter = slide.matter
      ? matterEntries(source, slide.matter)
      : index === 0 && kind === 'slidev'
        ? { entries: frontMatter.entries, findings: [] } // Slidev's headmatter is the first slide's front matter
        : null;
    // A slide's own `title:` (Slidev) names it; the headmatter's `title:` is the deck's.
    const ownTitle = slide.matter ? matter?.entries.get('title')?.value : undefined;
    const title = (typeof ownTitle === 'string' && ownTitle.trim()) || shown.heading || `Slide ${slide.label}`;
    const id = slugify(title, taken, index);
    const settings = matter ? slideSettings(source, matter.entries, id) : null;
    const directives = readDirectives(source, parts.comments, id);
    const group = isOfficeDeck(kind) ? officeGroup(parts.comments) : undefined;
    if (index === 0) read.firstHeading = shown.heading;

    // The section runs from the slide's first non-blank character to the next slide.
    const firstChar = text.slice(slide.start, slide.end).search(/\S/);
    const start = firstChar === -1 ? slide.start : slide.start + firstChar;
    const end = index + 1 < split.slides.length ? split.slides[index + 1]!.start : text.length;
    const spoken = notes.some((note) => countWords(note.masked) > 0)
      ? notes.map((note) => ({ at: note.span.start, masked: note.masked }))
      : [{ at: slide.contentStart, masked: shown.masked }];
    const masked = sectionMask(spoken, start, end);

    const stackTop = read.sections[slide.stackTop];
    const declared = settings?.variants ?? (directives.declaredVariants ? directives.variants : undefined);
    const words = countWords(masked);
    read.findings.push(...(matter?.findings ?? []), ...(settings?.findings ?? []), ...directives.findings);
    read.texts.push({ id, start, masked, shown: sectionMask([{ at: slide.contentStart, masked: shown.masked }], start, end) });
    read.slides.push({
      sectionId: id,
      label: slide.label,
      shownMask: shown.masked,
      shown: { start: slide.contentStart, end: parts.shownEnd },
      notes,
    });
    read.sections.push({
      id,
      title,
      line: source.positionOfNormalized(start).line,
      start: source.positionOfNormalized(start),
      end: source.positionOfNormalized(end),
      variants: declared ?? (stackTop && slide.stackTop !== index ? [...stackTop.variants] : [...VARIANTS]),
      fixedMinutes: settings?.minutes ?? directives.fixedMinutes,
      ignores: [...(settings?.ignores ?? []), ...directives.ignores],
      words,
      prompt: firstSentence(masked),
      slide: slide.label,
      ...(group !== undefined ? { group } : {}),
    });
  });
  if (split.overflow !== null)
    read.findings.push(
      noticeAt(source, 'too-many-sections', 'warning', 'too-many-slides', { max: MAX_SECTIONS }, split.overflow, split.overflow + 3),
    );
  return read;
}
