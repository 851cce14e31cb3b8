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
}
