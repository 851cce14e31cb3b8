import { describe, expect, test } from 'vitest';
import { chunkSignals } from '../../../src/main/engine/rules';
import { RULE_FILES } from '../../../src/main/engine/rules/catalogue.generated';
import { ruleOf } from '../../../src/shared/signals';

// Each rule's examples are its tests: every sentence under `match` must give a finding of the
// rule, every sentence under `noMatch` none, each analysed alone as a section's text.
const found = (lang: 'en' | 'nl', text: string, id: string): string[] =>
  chunkSignals(lang, text, text)
    .matches.filter((match) => ruleOf(match.ruleId) === id)
    .map((match) => match.actual);

describe('rule examples (rules/catalogue/<id>.json `examples`)', () => {
  for (const rule of RULE_FILES)
    for (const lang of ['en', 'nl'] as const) {
      test.each(rule.examples[lang].match)(`${rule.id} (${lang}) finds: %s`, (text) => {
        expect(found(lang, text, rule.id)).not.toEqual([]);
      });
      test.each(rule.examples[lang].noMatch)(`${rule.id} (${lang}) finds nothing in: %s`, (text) => {
        expect(found(lang, text, rule.id)).toEqual([]);
      });
    }
});
