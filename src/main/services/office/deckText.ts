import { OFFICE_PART } from '../../engine/deck/notes';
import { nearestKnown, stickyDirectiveKey } from '../../engine/talk/directives';
import { directiveComment, escapeMarkdown } from './blocks';

/** One slide of a PowerPoint or OpenDocument presentation, as read from its XML. */
export interface OfficeSlide {
  /** The title placeholder's text, or '' when the slide has none. */
  title: string;
  /** The other text on the slide, one paragraph each. */
  shown: string[];
  /** The speaker notes, one paragraph each. */
  notes: string[];
  /** Hidden in the slide show (PowerPoint's Hide Slide, Impress's Hide Slide). */
  hidden: boolean;
  /** The PowerPoint section the slide is in (its name with any tags), if the deck has sections. */
  group?: string;
}

// The versions a hidden slide is in when nothing says otherwise: all but the 10-minute one.
const HIDDEN_VARIANTS = [30, 60];
const SPACE = /\s/;

/**
 * A section name's tags as Sticky comments, and the name without them (an untagged bracket stays).
 * A tag is `[` to the next `]`, with the spaces before it: `Deep dive [variants: 30 60]`, several as
 * `[a: 1; b: 2]`. One pass with indexOf, so a name of 20,000 `[` costs no more than its length.
 */
export function sectionTags(name: string): { name: string; comments: string[] } {
  const comments: string[] = [];
  let bare = '';
  let from = 0;
  for (let open = name.indexOf('['); open !== -1; open = name.indexOf('[', from)) {
    const close = name.indexOf(']', open + 1);
    if (close === -1) break;
    let start = open;
    while (start > from && SPACE.test(name[start - 1]!)) start -= 1;
    const found = name
      .slice(open + 1, close)
      .split(';')
      .map((part) => directiveComment(part.trim()));
    if (found.every((comment) => comment !== null)) {
      for (const comment of found) comments.push(comment!);
      bare += name.slice(from, start);
    } else bare += name.slice(from, close + 1);
    from = close + 1;
  }
  bare += name.slice(from);
  return { name: bare.trim() || name.trim(), comments };
}

/** The Sticky key a directive comment (`<!-- key: value -->`) sets. */
const keyOf = (comment: string): string => comment.slice(5, comment.indexOf(':')).trim().toLowerCase();
const isExactKey = (comment: string): boolean => nearestKnown(keyOf(comment)) === keyOf(comment);
const inComment = (text: string): string => text.replace(/--+/g, '-');

// The shape of a directive's key and colon (engine/talk/directives.ts), written so that it cannot
// backtrack: the key's words and the one space between them never overlap.
const DIRECTIVE_HEAD = /^\s*[A-Za-z][\w-]*(?: [\w-]+)?\s*:/;

/** Whether a line would read as a Sticky directive; only its head up to the colon is looked at. */
const readsAsDirective = (line: string): boolean => {
  const head = DIRECTIVE_HEAD.exec(line);
  return (head !== null && stickyDirectiveKey(head[0]) !== undefined) || OFFICE_PART.test(line);
};

/** A notes paragraph as a line of the notes comment; the first never reads as a directive. */
function noteLine(paragraph: string, first: boolean): string {
  const line = escapeMarkdown(paragraph);
  return first && readsAsDirective(line) ? line.replace(':', '\\:') : line;
}

/**
 * Writes a presentation's slides as the Marp-like text Sticky's deck reader takes (with the file's
 * name ending .pptx or .odp): slides between `---` lines, the title as `#`, one line per shown
 * paragraph, then the notes as one comment, each paragraph a line. The notes' leading
 * `variants:`, `minutes:`, `sticky-ignore:` paragraphs and a PowerPoint section's `[tag]`s become
 * Sticky's comments; a hidden slide is left out of the 10-minute version unless its notes say
 * otherwise. `office-part` comments mark the parts, for locations.
 */
export function slidesToTalk(slides: OfficeSlide[]): string {
  const out: string[] = [];
  const push = (line: string): void => void out.push(line, '');
  let previousGroup: string | undefined;
  slides.forEach((slide, index) => {
    if (index > 0) push('---');
    if (slide.title !== '') push(`# ${escapeMarkdown(slide.title)}`);
    for (const paragraph of slide.shown) push(escapeMarkdown(paragraph));
    const own: string[] = [];
    let firstSaid = 0;
    while (firstSaid < slide.notes.length) {
      const comment = directiveComment(slide.notes[firstSaid]!);
      if (comment === null) break;
      own.push(comment);
      firstSaid += 1;
    }
    const said = slide.notes.slice(firstSaid);
    if (own.length > 0 || said.length > 0) push('<!-- office-part: notes -->');
    for (const comment of own) push(comment);
    if (said.length > 0)
      push(
        [
          '<!--',
          ...said
            .map((paragraph, at) => noteLine(paragraph, at === 0))
            .join('\n\n')
            .split('\n'),
          '-->',
        ].join('\n'),
      );
    const ownKeys = new Set(own.map(keyOf));
    const tags = slide.group === undefined ? null : sectionTags(slide.group);
    const firstOfGroup = slide.group !== previousGroup;
    previousGroup = slide.group;
    const hiddenOwn = slide.hidden && !ownKeys.has('variants');
    if (tags) {
      push(`<!-- office-part: section ${inComment(tags.name)} -->`);
      // A misspelt tag is said once, at the section's first slide; a valid one holds for every slide.
      const kept = tags.comments.filter((comment) => (isExactKey(comment) ? !ownKeys.has(keyOf(comment)) : firstOfGroup));
      for (const comment of kept) if (!(hiddenOwn && keyOf(comment) === 'variants')) push(comment);
    }
    if (hiddenOwn) {
      const grouped = tags?.comments.find((comment) => keyOf(comment) === 'variants');
      const listed = grouped ? (grouped.match(/\d+/g) ?? []).map(Number).filter((n) => n !== 10) : [];
      push('<!-- office-part: hidden -->');
      push(`<!-- variants: ${(listed.length > 0 ? listed : HIDDEN_VARIANTS).join(' ')} -->`);
    }
  });
  return out.join('\n');
}

/** Whether slides hold any text at all (an empty deck has nothing to coach). */
export const hasText = (slides: OfficeSlide[]): boolean =>
  slides.some((slide) => slide.title !== '' || slide.shown.length > 0 || slide.notes.length > 0);
