import type { TalkLocation } from './location';
import type { Lang, Variant } from './talk';

/** One section in the `sticky outline --json` contract. */
export interface OutlineSection {
  id: string;
  title: string;
  line: number;
  words: number;
  minutes: number;
  fixedMinutes: number | null;
  variants: Variant[];
  /** In a slide deck, the slide's number (`3`, or `3.2` for a reveal.js vertical slide); else null. */
  slide: string | null;
  /** Where the section is in an Office file or deck, in English ("Heading 'X'", "slide 7"); null for a plain Markdown talk. */
  location: string | null;
  /** The same place as fields (shared/location.ts TalkLocation: slide, group, part, heading, paragraph, line); null with `location`. */
  where: TalkLocation | null;
  /** In a PowerPoint deck with sections, the PowerPoint section (group of slides) the slide is in; else null. */
  group: string | null;
}

/** One variant in the `sticky outline --json` contract. */
export interface OutlineVariant {
  target: number;
  minutes: number;
  fits: boolean;
  deltaMinutes: number;
  wordsToCut: number;
  wordsToAdd: number;
  sections: string[];
  budgets: Record<string, number>;
}

/** One finding in the `sticky outline --json` contract. */
export interface OutlineFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  sectionId: string | null;
  /** Where the finding is in an Office file or deck, in English ("Heading 'X', paragraph 3", "slide 7, notes, paragraph 2", "slide 3, notes, line 2"); null for a plain Markdown talk. */
  location: string | null;
  /** The same place as fields (shared/location.ts TalkLocation); null with `location`. */
  where: TalkLocation | null;
}

/** The stable JSON object `sticky outline --json` prints per file. Keys are added, never renamed. */
export interface OutlineJson {
  file: string;
  title: string;
  lang: Lang;
  wpm: number;
  mantra: string | null;
  audience: string;
  words: number;
  /** The slide tool of a deck (`slidev`, `marp`, `reveal`, or `pptx`/`odp` for a presentation), or null for a plain talk. */
  deck: string | null;
  sections: OutlineSection[];
  variants: Record<`${Variant}`, OutlineVariant>;
  findings: OutlineFinding[];
  /** What the talk was read from: Markdown (or plain text), Word (.docx), OpenDocument text (.odt), PowerPoint (.pptx) or OpenDocument presentation (.odp). */
  format: TalkFormat;
}

/** The file formats Sticky reads talks from. */
export type TalkFormat = 'markdown' | 'docx' | 'odt' | 'pptx' | 'odp';
