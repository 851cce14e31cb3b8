import PptxGenJS from 'pptxgenjs';

/** A test slide: its title, shown text (one paragraph each), notes (paragraphs), hidden, PowerPoint section. */
export interface TestSlide {
  title?: string;
  shown?: string[];
  notes?: string[];
  hidden?: boolean;
  section?: string;
}

/** A PowerPoint deck written by pptxgenjs, with a title placeholder on every slide as PowerPoint's layouts have. */
export async function makePptx(slides: TestSlide[]): Promise<Buffer> {
  const pptx = new PptxGenJS();
  pptx.defineSlideMaster({
    title: 'TITLED',
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0.5, y: 0.3, w: 9, h: 1 }, text: '' } }],
  });
  const sections = new Set<string>();
  for (const slide of slides) {
    if (slide.section !== undefined && !sections.has(slide.section)) {
      sections.add(slide.section);
      pptx.addSection({ title: slide.section });
    }
    const made = pptx.addSlide({ masterName: 'TITLED', ...(slide.section !== undefined ? { sectionTitle: slide.section } : {}) });
    if (slide.title !== undefined) made.addText(slide.title, { placeholder: 'title' });
    if (slide.shown && slide.shown.length > 0)
      made.addText(
        slide.shown.map((text) => ({ text, options: { breakLine: true } })),
        { x: 0.5, y: 1.5, w: 9, h: 4 },
      );
    // pptxgenjs writes a notes page for every slide; its paragraphs are the notes' lines.
    if (slide.notes && slide.notes.length > 0) made.addNotes(slide.notes.join('\n'));
    if (slide.hidden) made.hidden = true;
  }
  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
