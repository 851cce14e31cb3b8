/**
 * The caps on what Sticky reads from a Word, PowerPoint or OpenDocument file. Each is counted while
 * the file is read and stops reading as soon as it is passed, so no crafted file costs more than
 * the cap's worth of time and memory.
 */

// Every XML node (element, attribute, text run) Sticky parses itself in one file: a 500-slide
// PowerPoint deck saved by PowerPoint is about 300,000 (about 300 a slide and as many for its
// notes page), a 60-minute talk in Word about 20,000. A million costs at most ~2.5 s and ~350 MB
// in one part's tree (measured: 1M empty elements); more is a crafted file.
export const MAX_XML_NODES = 1_000_000;

// The text Sticky collects from one file, repeats included (a notes page shared by many slides
// counts for each): as much as a Markdown talk may hold (MAX_TALK_BYTES in talkFiles.ts), which a
// longer conversion would be refused for anyway; a 60-minute talk is about 60 KB.
export const MAX_TEXT_CHARS = 5 * 1024 * 1024;

// A 60-minute talk at a slide every 20 seconds is 180 slides; training decks run to a few hundred.
// A thousand slides (with their notes and relationships, 4 parts each) also stays well under the
// zip's 10,000-part cap, so a deck of thousands of slides hears this cap, not that one.
export const MAX_SLIDES = 1_000;

/** Which cap a file passed. */
export type Limit = 'nodes' | 'depth' | 'fields' | 'text' | 'slides';

/** Thrown while reading when a file passes one of the caps; officeTalk turns it into the user's message. */
export class TooComplexError extends Error {
  constructor(readonly limit: Limit) {
    super(`over the ${limit} cap`);
  }
}

/** A running count of XML nodes and collected text for one file, refusing past its caps. */
export class ReadBudget {
  private nodes = 0;
  private text = 0;

  constructor(private readonly maxNodes = MAX_XML_NODES) {}

  /** Counts XML nodes parsed; throws past the node cap. */
  addNodes(count: number): void {
    this.nodes += count;
    if (this.nodes > this.maxNodes) throw new TooComplexError('nodes');
  }

  /** Counts characters of text collected; throws past the text cap. */
  addText(chars: number): void {
    this.text += chars;
    if (this.text > MAX_TEXT_CHARS) throw new TooComplexError('text');
  }
}
