import { posix } from 'node:path';
import { collapse } from './blocks';
import type { OfficeSlide } from './deckText';
import { MAX_SLIDES, ReadBudget, TooComplexError } from './limits';
import { childrenNamed, descendants, firstNamed, paragraphText, xmlTree, type XmlNode } from './xmlTree';
import type { ZipParts } from './zipParts';

/** Thrown when a PowerPoint file lacks a part every deck has: it is damaged. */
export class MissingPartError extends Error {}

// Placeholders that are the slide's title, and those PowerPoint fills in itself (number, date,
// footer, header, the slide's picture on a notes page): never shown text of the speaker's own.
const TITLE = new Set(['title', 'ctrTitle']);
const GENERATED = new Set(['sldNum', 'dt', 'ftr', 'hdr', 'sldImg']);
const BREAKS = new Set(['br', 'tab']);
// Shapes with text, and frames that hold tables (whose cells are shown text too).
const SHAPES = new Set(['sp', 'graphicFrame']);

// A PowerPoint section's name is one line in the slide sorter: with its tags, real ones stay under
// a hundred characters. A longer one is cut here, so no name costs more than this per slide.
export const MAX_SECTION_NAME_CHARS = 300;

type Relationships = Map<string, { target: string; type: string }>;

/**
 * One deck's parts, each parsed at most once however often it is referenced (a notes page shared
 * by 3,000 slides, one slide listed 5,000 times): what is read from a part is kept by its name,
 * never its tree, and every part parsed counts against the deck's budget.
 */
class DeckParts {
  private readonly read = new Map<string, unknown>();

  constructor(
    private readonly parts: ZipParts,
    readonly budget: ReadBudget,
  ) {}

  has(path: string): boolean {
    return this.parts.has(path);
  }

  /** What `extract` reads from the part's XML, parsed the first time it is asked for. */
  once<T>(path: string, extract: (root: XmlNode) => T): T {
    if (this.read.has(path)) return this.read.get(path) as T;
    const data = this.parts.get(path);
    if (!data) throw new MissingPartError(path);
    const value = extract(xmlTree(data.toString('utf8'), this.budget));
    this.read.set(path, value);
    return value;
  }

  /** A part's relationships, by id: the part each points at (resolved to its path in the zip) and its type. */
  relationships(partPath: string): Relationships {
    const relsPath = posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);
    if (!this.parts.has(relsPath)) return new Map();
    return this.once(relsPath, (root) => {
      const found: Relationships = new Map();
      for (const rel of descendants(root, 'Relationship')) {
        const target = rel.attributes.Target ?? '';
        const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(partPath), target));
        found.set(rel.attributes.Id ?? '', { target: path, type: rel.attributes.Type ?? '' });
      }
      return found;
    });
  }
}

const placeholderType = (shape: XmlNode): string | undefined => {
  const ph = firstNamed(shape, 'ph');
  // A placeholder without a type is the body (ECMA-376 19.3.1.36, `type` defaults to "body").
  return ph ? (ph.attributes.type ?? 'body') : undefined;
};

/**
 * The paragraphs of a shape tree, in order; a paragraph's runs and breaks joined as one line. A
 * newline inside a run (as some writers, pptxgenjs among them, put one) starts a paragraph too.
 */
const paragraphs = (node: XmlNode): string[] =>
  descendants(node, 'p')
    .flatMap((paragraph) => paragraphText(paragraph, BREAKS, 't').split(/\r?\n/))
    .map(collapse)
    .filter((text) => text !== '');

/** A slide's title and shown text: the title placeholder apart, generated placeholders left out. */
function slideText(slide: XmlNode): { title: string; shown: string[]; hidden: boolean } {
  let title = '';
  const shown: string[] = [];
  const root = firstNamed(slide, 'sld') ?? slide;
  const hidden = root.attributes.show === '0' || root.attributes.show === 'false';
  const tree = firstNamed(slide, 'spTree');
  if (!tree) return { title, shown, hidden };
  for (const shape of descendants(tree, SHAPES)) {
    const type = placeholderType(shape);
    if (type !== undefined && GENERATED.has(type)) continue;
    const body = firstNamed(shape, 'txBody');
    if (!body) continue;
    if (type !== undefined && TITLE.has(type) && title === '') title = paragraphs(body).join(' ');
    else for (const paragraph of paragraphs(body)) shown.push(paragraph);
  }
  return { title, shown, hidden };
}

/** The speaker notes of a notes page: its body placeholder's paragraphs. */
function notesText(notes: XmlNode): string[] {
  const tree = firstNamed(notes, 'spTree');
  if (!tree) return [];
  return descendants(tree, 'sp')
    .filter((shape) => placeholderType(shape) === 'body')
    .flatMap((shape) => paragraphs(shape));
}

/** PowerPoint's sections (p14:sectionLst): the section name of each slide id. */
function sectionNames(presentation: XmlNode): Map<string, string> {
  const names = new Map<string, string>();
  for (const section of descendants(presentation, 'section')) {
    const name = collapse((section.attributes.name ?? '').slice(0, MAX_SECTION_NAME_CHARS * 2)).slice(0, MAX_SECTION_NAME_CHARS);
    for (const id of descendants(section, 'sldId')) names.set(id.attributes.id ?? '', name);
  }
  return names;
}

// A slide and its notes parse in well under a millisecond: the main process gets its turn back
// after every 25 of them, so a 500-slide deck never holds menus or the window for long.
const SLIDES_PER_STEP = 25;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const textLength = (slide: OfficeSlide): number =>
  slide.title.length + [...slide.shown, ...slide.notes].reduce((sum, paragraph) => sum + paragraph.length, 0);

/**
 * Reads a PowerPoint (.pptx) deck's slides in their order: title, shown text, speaker notes,
 * whether the slide is hidden (`show="0"`), and the PowerPoint section it is in. Each part is
 * parsed once; the slides, the XML parsed and the text collected (repeats included) are capped
 * as they are read (limits.ts).
 */
export async function pptxSlides(zipParts: ZipParts, budget: ReadBudget): Promise<OfficeSlide[]> {
  const parts = new DeckParts(zipParts, budget);
  const presentationPath = 'ppt/presentation.xml';
  const presentation = parts.once(presentationPath, (root) => root);
  const rels = parts.relationships(presentationPath);
  const sections = sectionNames(presentation);
  const list = firstNamed(presentation, 'sldIdLst');
  const ids = list ? childrenNamed(list, 'sldId') : [];
  if (ids.length > MAX_SLIDES) throw new TooComplexError('slides');
  const slides: OfficeSlide[] = [];
  for (const [index, id] of ids.entries()) {
    if (index % SLIDES_PER_STEP === SLIDES_PER_STEP - 1) await nextTurn();
    const path = rels.get(id.attributes['r:id'] ?? '')?.target;
    if (!path || !parts.has(path)) continue;
    const shown = parts.once(path, slideText);
    const notesPath = [...parts.relationships(path).values()].find((rel) => rel.type.endsWith('/notesSlide'))?.target;
    const group = sections.get(id.attributes.id ?? '');
    const slide: OfficeSlide = {
      ...shown,
      notes: notesPath && parts.has(notesPath) ? parts.once(notesPath, notesText) : [],
      ...(group ? { group } : {}),
    };
    budget.addText(textLength(slide) + (group?.length ?? 0));
    slides.push(slide);
  }
  return slides;
}
