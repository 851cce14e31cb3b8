/**
 * Where something is in the user's own file, in the terms the user sees there: a slide and its
 * part (PowerPoint, OpenDocument and Markdown decks), or a heading and a paragraph (Word and
 * OpenDocument text). Text files also keep their line and column on the finding itself.
 */
export interface TalkLocation {
  /** The slide's number as its tool shows it (`7`, or `3.2` for a reveal.js vertical slide). */
  slide?: string;
  /** A PowerPoint section (its grouping of slides) the slide is in. */
  group?: string;
  /** Which part: the slide's title, its text, its speaker notes, a PowerPoint section's name, a document's body. */
  part?: 'title' | 'slide' | 'notes' | 'section' | 'body';
  /** The heading of a document the place is under (absent before the first heading). */
  heading?: string;
  /** The 1-based paragraph in that part or under that heading (Office files). */
  paragraph?: number;
  /** Whether that paragraph is a list item (Word and OpenDocument text). */
  item?: boolean;
  /** The 1-based line in that part (Markdown decks, which are text files). */
  line?: number;
}

// A heading quoted in a location is cut to what fits a line of a report.
const MAX_QUOTED = 60;

const quote = (text: string): string => `'${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text}'`;

const WORDS = {
  en: {
    slide: 'slide',
    title: 'title',
    text: 'text',
    notes: 'notes',
    section: 'section',
    sectionName: 'name',
    heading: 'Heading',
    before: 'Before the first heading',
    paragraph: 'paragraph',
    item: 'list item',
    line: 'line',
  },
  nl: {
    slide: 'dia',
    title: 'titel',
    text: 'tekst',
    notes: 'notities',
    section: 'sectie',
    sectionName: 'naam',
    heading: 'Kop',
    before: 'Voor de eerste kop',
    paragraph: 'alinea',
    item: 'opsommingspunt',
    line: 'regel',
  },
} as const;

/**
 * Says a location the way a user finds it in their file, in English or Dutch: "slide 7, notes,
 * paragraph 2", "Heading 'Where we are now', paragraph 3", "slide 3, notes, line 2". Null when
 * there is nothing to say (a plain Markdown talk, whose line and column say it all).
 */
export function formatLocation(location: TalkLocation | undefined | null, lang: 'en' | 'nl' = 'en'): string | null {
  if (!location) return null;
  const words = WORDS[lang];
  const parts: string[] = [];
  if (location.part === 'section' && location.group !== undefined)
    parts.push(`${words.section} ${quote(location.group)}`, words.sectionName);
  else if (location.slide !== undefined) {
    parts.push(`${words.slide} ${location.slide}`);
    if (location.part === 'title') parts.push(words.title);
    if (location.part === 'slide') parts.push(words.text);
    if (location.part === 'notes') parts.push(words.notes);
  } else if (location.heading !== undefined) parts.push(`${words.heading} ${quote(location.heading)}`);
  else if (location.part === 'body') parts.push(words.before);
  if (location.paragraph !== undefined) parts.push(`${location.item ? words.item : words.paragraph} ${location.paragraph}`);
  else if (location.line !== undefined) parts.push(`${words.line} ${location.line}`);
  return parts.length > 0 ? parts.join(', ') : null;
}
