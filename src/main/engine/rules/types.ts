import type { Lang, Severity } from '../../../shared/talk';
import type { LanguageLexicons } from '../lexicon';
import type { Sentence, Word } from '../text/segment';

/** A signal found in a section: what it is, what it moves, and where (offsets local to the section). */
export interface Match {
  ruleId: string;
  /** The metric it counts towards. */
  signal: string;
  /** The principle or blind spot it moves and which way, e.g. `concrete+`, `tooCorporate+`. */
  target: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  actual: string;
  expected?: string[];
}

/** Everything a rule may look at for one section. */
export interface SectionContext {
  lang: Lang;
  lexicons: LanguageLexicons;
  /** The section's spoken mask (same length as its source; unspoken characters are spaces). */
  masked: string;
  /** The section's normalised source text, for Markdown structure (list items). */
  source: string;
  sentences: Sentence[];
  /** Where each sentence starts (a capital there is no name). */
  sentenceStarts: Set<number>;
  words: Word[];
  /** Part-of-speech tags per word start offset (English only, from compromise). */
  tags: Map<number, Set<string>>;
  messages: Record<string, string>;
}

/** Fills a message template: `{actual}`, `{count}`, `{valence}`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A finding of a rule written in code: its id is its signal and its message key (lexicon/<lang>/messages.json). */
export function codeMatch(
  context: SectionContext,
  id: string,
  target: string,
  span: { start: number; end: number; actual: string },
  options: { severity?: Severity; values?: Record<string, string | number>; entry?: string } = {},
): Match {
  return {
    ruleId: options.entry ? `${id}.${options.entry}` : id,
    signal: id,
    target,
    severity: options.severity ?? 'info',
    message: fill(context.messages[id] ?? id, { actual: span.actual, ...options.values }),
    ...span,
  };
}

/** The index of the sentence holding an offset, or -1. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  return sentences.findIndex((sentence) => offset >= sentence.start && offset < sentence.end);
}
