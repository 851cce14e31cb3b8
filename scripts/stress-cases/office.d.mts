/** A hostile office file for `npm run stress`: its name, the reason it is refused for (null: it opens), and its maker. */
export interface OfficeCase {
  name: string;
  reason: string | null;
  make: (dir: string) => string;
}
/** Every hostile office case. */
export const OFFICE_CASES: OfficeCase[];
/** A Word file whose body is the given XML. */
export function docx(body: string): Buffer;
/** An OpenDocument file of the given kind whose text body (after a level-1 heading) is the given XML. */
export function odt(body: string, kind?: 'text' | 'presentation'): Buffer;
/** A DrawingML paragraph of one run. */
export function paragraph(text: string): string;
/** A placeholder shape of the given type holding the given paragraphs. */
export function shape(type: string, paragraphs: string): string;
/** A slide part: a title placeholder and the given shapes. */
export function slideXml(title: string, shown?: string): string;
/** A notes part whose body placeholder holds the given paragraphs. */
export function notesXml(paragraphs: string): string;
/** PowerPoint's sections: one section of the given name holding slides 1 to `count`. */
export function oneSection(name: string, count: number): string;
/** A PowerPoint deck: slide references in order, slide parts by number, notes links and parts, sections. */
export function pptx(deck: {
  listed: number[];
  slides: Record<number, string>;
  notes?: Record<number, number>;
  notesParts?: Record<number, string>;
  sections?: string;
}): Buffer;
/** 1 to count. */
export function range(count: number): number[];
/** An object of `make(n)` by n, for n from 1 to count. */
export function many<T>(count: number, make: (n: number) => T): Record<number, T>;
