import { posix } from 'node:path';
import { collapse } from './blocks';
import type { OfficeSlide } from './deckText';
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

const xmlOf = (parts: ZipParts, path: string): XmlNode => {
  const data = parts.get(path);
  if (!data) throw new MissingPartError(path);
  return xmlTree(data.toString('utf8'));
};

/** A part's relationships, by id: the part each points at (resolved to its path in the zip) and its type. */
function relationships(parts: ZipParts, partPath: string): Map<string, { target: string; type: string }> {
  const relsPath = posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);
  const found = new Map<string, { target: string; type: string }>();
  if (!parts.has(relsPath)) return found;
  for (const rel of descendants(xmlOf(parts, relsPath), 'Relationship')) {
    const target = rel.attributes.Target ?? '';
    const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(partPath), target));
    found.set(rel.attributes.Id ?? '', { target: path, type: rel.attributes.Type ?? '' });
  }
  return found;
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
function slideText(slide: XmlNode): { title: string; shown: string[] } {
  let title = '';
  const shown: string[] = [];
  const tree = firstNamed(slide, 'spTree');
  if (!tree) return { title, shown };
  for (const shape of descendants(tree, SHAPES)) {
    const type = placeholderType(shape);
    if (type !== undefined && GENERATED.has(type)) continue;
    const body = firstNamed(shape, 'txBody');
    if (!body) continue;
    if (type !== undefined && TITLE.has(type) && title === '') title = paragraphs(body).join(' ');
    else shown.push(...paragraphs(body));
  }
  return { title, shown };
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
    const name = collapse(section.attributes.name ?? '');
    for (const id of descendants(section, 'sldId')) names.set(id.attributes.id ?? '', name);
  }
  return names;
}

// A slide and its notes parse in well under a millisecond: the main process gets its turn back
// after every 25 of them, so a 500-slide deck never holds menus or the window for long.
const SLIDES_PER_STEP = 25;
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Reads a PowerPoint (.pptx) deck's slides in their order: title, shown text, speaker notes,
 * whether the slide is hidden (`show="0"`), and the PowerPoint section it is in.
 */
export async function pptxSlides(parts: ZipParts): Promise<OfficeSlide[]> {
  const presentationPath = 'ppt/presentation.xml';
  const presentation = xmlOf(parts, presentationPath);
  const rels = relationships(parts, presentationPath);
  const sections = sectionNames(presentation);
  const list = firstNamed(presentation, 'sldIdLst');
  const slides: OfficeSlide[] = [];
  for (const [index, id] of (list ? childrenNamed(list, 'sldId') : []).entries()) {
    if (index % SLIDES_PER_STEP === SLIDES_PER_STEP - 1) await nextTurn();
    const path = rels.get(id.attributes['r:id'] ?? '')?.target;
    if (!path || !parts.has(path)) continue;
    const slide = xmlOf(parts, path);
    const root = firstNamed(slide, 'sld') ?? slide;
    const notesPath = [...relationships(parts, path).values()].find((rel) => rel.type.endsWith('/notesSlide'))?.target;
    const group = sections.get(id.attributes.id ?? '');
    slides.push({
      ...slideText(slide),
      notes: notesPath && parts.has(notesPath) ? notesText(xmlOf(parts, notesPath)) : [],
      hidden: root.attributes.show === '0' || root.attributes.show === 'false',
      ...(group ? { group } : {}),
    });
  }
  return slides;
}
