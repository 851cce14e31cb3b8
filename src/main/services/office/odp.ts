import { collapse } from './blocks';
import type { OfficeSlide } from './deckText';
import { MAX_SLIDES, TooComplexError, type ReadBudget } from './limits';
import { descendants, firstNamed, paragraphText, type XmlNode } from './xmlTree';

// Frames an office suite fills in itself (number, date, footer, header) are not the speaker's text.
const GENERATED = new Set(['page-number', 'date-time', 'footer', 'header']);
const BREAKS = new Set(['s', 'tab', 'line-break']);
const PARAGRAPHS = new Set(['p', 'h']);
const SHAPES = new Set(['frame', 'custom-shape', 'rect', 'ellipse']);

/** The paragraphs under a node, in order, each joined as one line; empty ones left out. */
const paragraphs = (node: XmlNode): string[] =>
  descendants(node, PARAGRAPHS)
    .map((paragraph) => collapse(paragraphText(paragraph, BREAKS)))
    .filter((text) => text !== '');

/** The drawing-page styles that hide a slide (`presentation:visibility="hidden"`). */
function hiddenStyles(content: XmlNode): Set<string> {
  const hidden = new Set<string>();
  for (const style of descendants(content, 'style')) {
    if (style.attributes['style:family'] !== 'drawing-page') continue;
    const properties = firstNamed(style, 'drawing-page-properties');
    if (properties?.attributes['presentation:visibility'] === 'hidden') hidden.add(style.attributes['style:name'] ?? '');
  }
  return hidden;
}

/**
 * Reads an OpenDocument presentation's (.odp) slides from its content.xml: the title frame, the
 * other frames' text as shown text, the notes page's text as speaker notes, hidden pages. The
 * slides and the text collected count against the caps of limits.ts.
 */
export function odpSlides(content: XmlNode, budget: ReadBudget): OfficeSlide[] {
  const hidden = hiddenStyles(content);
  const presentation = firstNamed(content, 'presentation');
  if (!presentation) return [];
  const pages = descendants(presentation, 'page');
  if (pages.length > MAX_SLIDES) throw new TooComplexError('slides');
  return pages.map((page) => {
    const notes = firstNamed(page, 'notes');
    let title = '';
    const shown: string[] = [];
    // Frames and shapes of the slide itself; the notes page and its slide thumbnail are apart.
    for (const frame of descendants(page, SHAPES, (node) => node.name === 'notes')) {
      const kind = frame.attributes['presentation:class'] ?? '';
      if (GENERATED.has(kind)) continue;
      if (kind === 'title' && title === '') title = paragraphs(frame).join(' ');
      else for (const paragraph of paragraphs(frame)) shown.push(paragraph);
    }
    const noteFrames = notes ? descendants(notes, 'frame').filter((frame) => frame.attributes['presentation:class'] === 'notes') : [];
    const said = noteFrames.flatMap(paragraphs);
    budget.addText([title, ...shown, ...said].reduce((sum, text) => sum + text.length, 0));
    return { title, shown, notes: said, hidden: hidden.has(page.attributes['draw:style-name'] ?? '') };
  });
}
