import type { Finding, Lang, Severity } from '../../../shared/talk';
import enParser from '../lexicon/en/parser.json';
import nlParser from '../lexicon/nl/parser.json';
import { findingAt, type FindingExtras } from './findings';
import type { SourceText } from './source';
import { fillTemplate } from '../../../shared/template';

/** A message of the parser's catalogue, lexicon/<lang>/parser.json. */
export type MessageKey = keyof typeof enParser.messages;

/** A value put in a message: a number (written the language's way), a text as it is, or another message's words. */
export type MessageValue = string | number | { say: MessageKey };

/** The values of a message's {placeholders}, by name. */
export type MessageValues = Record<string, MessageValue>;

const CATALOGUE: Record<Lang, Record<MessageKey, string>> = { en: enParser.messages, nl: nlParser.messages };
// Numbers are grouped as each language writes them: 100,000 in English, 100.000 in Dutch.
const LOCALE: Record<Lang, string> = { en: 'en', nl: 'nl-NL' };

/** A parser message in a language, its placeholders filled (an unknown one is left as it is). */
export function say(lang: Lang, key: MessageKey, values: MessageValues = {}): string {
  const text = (value: MessageValue): string =>
    typeof value === 'number' ? value.toLocaleString(LOCALE[lang]) : typeof value === 'string' ? value : say(lang, value.say);
  const filled = Object.entries(values).flatMap(([name, value]) => (value === undefined ? [] : [[name, text(value)] as const]));
  return fillTemplate(CATALOGUE[lang][key], Object.fromEntries(filled));
}

/**
 * A finding whose message waits for the talk's language. That language is known only once the
 * whole talk is read (its front matter's `lang`, else the settings, else detected from the spoken
 * text), so what is found while reading it keeps its message's key and values until then.
 */
export interface Notice extends Omit<Finding, 'message'> {
  say: MessageKey;
  values: MessageValues;
}

/** Builds a notice whose range is given as offsets in the normalised text (as findingAt does). */
export function noticeAt(
  source: SourceText,
  ruleId: string,
  severity: Severity,
  key: MessageKey,
  values: MessageValues,
  startNormalized: number,
  endNormalized: number,
  extras: FindingExtras = {},
): Notice {
  const { start, end } = findingAt(source, ruleId, severity, '', startNormalized, endNormalized);
  return { ruleId, severity, start, end, ...extras, say: key, values };
}

/** A notice as a finding, its message in the talk's language (fields in findingAt's order). */
export function spoken(notice: Notice, lang: Lang): Finding {
  const { say: key, values, ruleId, severity, start, end, ...extras } = notice;
  return { ruleId, message: say(lang, key, values), severity, start, end, ...extras };
}
