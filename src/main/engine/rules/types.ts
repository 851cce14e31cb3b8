import type { Lang, Severity } from '../../../shared/talk';
import type { Target } from '../../../shared/target';
import type { LanguageLexicons } from '../lexicon';
import { ruleFile, thresholdValues } from './catalogue';
import type { Sentence, Word } from '../text/segment';
import { fillTemplate } from '../../../shared/template';

/** A signal found in a section: what it is, what it moves, and where (offsets local to the section). */
export interface Match {
  ruleId: string;
  /** The metric it counts towards. */
  signal: string;
  /** The principle, blind spot or story element it moves, and which way. */
  target: Target;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  actual: string;
  expected?: string[];
}

/**
 * A rule's code module (rules/<code>.ts, named by its rule file): `find` adds findings of its own,
 * `keep` decides which of its word list's matches stand, and must pass every other rule's matches
 * through unchanged (tests/unit/engine/ruleExamples.test.ts holds each keeper to that). Both are
 * discovered (rules/code.generated.ts); a module with neither (concreteness.ts, whose norms also
 * give a measure) is called by the engine itself.
 */
export interface RuleCode {
  find?: (context: SectionContext) => Match[];
  keep?: (context: SectionContext, matches: Match[]) => Match[];
  /** Whatever else the module exports (the word norms' module gives the engine a measure too). */
  [other: string]: unknown;
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
  /** Every rule's message in this language by id, and `id.variant` (rules/catalogue.ts messagesOf). */
  messages: Record<string, string>;
}

/** Fills a message template: `{actual}`, `{count}`, `{valence}`, a rule's thresholds. */
export const fill = fillTemplate;

/**
 * A finding of a rule written in code: its target, severity and message come from its rule file
 * (rules/catalogue/<id>.json); an `entry` names the kind of finding (`time-markers.year`) and picks
 * that variant's message when the file has one. Thresholds fill the message's `{name}`s.
 */
export function codeMatch(
  context: SectionContext,
  id: string,
  span: { start: number; end: number; actual: string },
  options: { values?: Record<string, string | number>; entry?: string } = {},
): Match {
  const rule = ruleFile(id);
  const variant = options.entry ? context.messages[`${id}.${options.entry}`] : undefined;
  return {
    ruleId: options.entry ? `${id}.${options.entry}` : id,
    signal: id,
    target: rule.target,
    severity: rule.severity,
    message: fill(variant ?? context.messages[id] ?? id, { ...thresholdValues(rule), actual: span.actual, ...options.values }),
    ...span,
  };
}

/** The index of the sentence holding an offset, or -1. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  return sentences.findIndex((sentence) => offset >= sentence.start && offset < sentence.end);
}
