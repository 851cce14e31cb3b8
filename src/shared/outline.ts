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
  /** Where the section's heading is in a Word or OpenDocument file ("Heading 'X'"); null for Markdown. */
  location: string | null;
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
  /** Where the finding is in a Word or OpenDocument file ("Heading 'X', paragraph 3"); null for Markdown. */
  location: string | null;
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
  /** The slide tool of a deck (`slidev`, `marp`, `reveal`), or null for a plain talk. */
  deck: string | null;
  sections: OutlineSection[];
  variants: Record<`${Variant}`, OutlineVariant>;
  findings: OutlineFinding[];
  /** What the talk was read from: Markdown (or plain text), Word (.docx) or OpenDocument text (.odt). */
  format: TalkFormat;
}

/** The file formats Sticky reads talks from. */
export type TalkFormat = 'markdown' | 'docx' | 'odt';

/** Finds line n of a talk's text in the user's file; null when the line is the file's own. */
export type Locate = (line: number) => string | null;
