import type { Lang } from '../../../shared/talk';
import { RULE_FILES } from './catalogue.generated';
import type { LexiconRule, PhraseLexicon, RuleFile } from './ruleFile';

/** Every rule by id (rules/catalogue/<id>.json, discovered by scripts/rules/build-catalogue.mjs). */
export const RULE_BY_ID: ReadonlyMap<string, RuleFile> = new Map(RULE_FILES.map((rule) => [rule.id, rule]));

/** Where a rule is documented: its section of docs/rules.md. */
export const ruleSource = (id: string): string => `docs/rules.md#${id}`;

/** A rule by id; an unknown id is a programming error. */
export function ruleFile(id: string): RuleFile {
  const rule = RULE_BY_ID.get(id);
  if (!rule) throw new Error(`No rule file rules/catalogue/${id}.json`);
  return rule;
}

/** A rule's threshold by name (rules/catalogue/<id>.json `thresholds`). */
export function ruleThreshold(id: string, name: string): number {
  const threshold = ruleFile(id).thresholds?.[name];
  if (!threshold) throw new Error(`Rule ${id} has no threshold ${name}`);
  return threshold.value;
}

// Each rule's thresholds by name, built once: a message is filled for every finding.
const THRESHOLD_VALUES = new Map(
  RULE_FILES.map((rule) => [
    rule,
    Object.fromEntries(Object.entries(rule.thresholds ?? {}).map(([name, threshold]) => [name, threshold.value])),
  ]),
);

/** Every threshold of a rule by name, for filling its messages. */
export function thresholdValues(rule: RuleFile): Record<string, number> {
  return THRESHOLD_VALUES.get(rule) ?? {};
}

// Each rule's list per language, built once: matchers keep their indexes per list object.
const lexicons = new Map<string, PhraseLexicon>();

/** A rule's word list in one language as the matchers read it, with the rule's finding fields (built once). */
export function ruleLexicon(id: string, lang: Lang): PhraseLexicon {
  const key = `${id}:${lang}`;
  let lexicon = lexicons.get(key);
  if (!lexicon) lexicons.set(key, (lexicon = buildLexicon(id, lang)));
  return lexicon;
}

function buildLexicon(id: string, lang: Lang): PhraseLexicon {
  const rule = ruleFile(id);
  if (!rule.words) throw new Error(`Rule ${id} has no words`);
  const variants = Object.fromEntries(Object.entries(rule.variants ?? {}).map(([entry, message]) => [entry, message[lang]]));
  const findingRule: LexiconRule = {
    id,
    signal: id,
    target: rule.target,
    severity: rule.severity,
    message: rule.messages[lang],
    variants,
    thresholds: thresholdValues(rule),
  };
  return { ...rule.words[lang], rule: findingRule };
}

/** The rules whose words are matched as phrases anywhere in the text, in id order. */
export const PHRASE_RULES: readonly string[] = RULE_FILES.filter((rule) => rule.words && rule.phrases !== false).map((rule) => rule.id);

/** Each message of a language by rule id, and `id.variant` for a kind of finding. */
export function messagesOf(lang: Lang): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const rule of RULE_FILES) {
    messages[rule.id] = rule.messages[lang];
    for (const [name, variant] of Object.entries(rule.variants ?? {})) messages[`${rule.id}.${name}`] = variant[lang];
  }
  return messages;
}
