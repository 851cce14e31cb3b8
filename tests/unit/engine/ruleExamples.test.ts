import { describe, expect, test } from 'vitest';
import { chunkSignals, sectionContext } from '../../../src/main/engine/rules';
import { RULE_CODE } from '../../../src/main/engine/rules/code.generated';
import { lexiconMatches } from '../../../src/main/engine/rules/lexiconRules';
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

// A rule's `keep` decides about its own word list's matches only: whatever another rule found must
// pass through it unchanged, or a new keeper could silently drop other rules' findings.
describe("a keeper (a rule module's `keep`) leaves other rules' matches as they are", () => {
  const modules = new Map<string, string[]>();
  for (const rule of RULE_FILES) if (rule.code) modules.set(rule.code, [...(modules.get(rule.code) ?? []), rule.id]);
  const texts = RULE_FILES.flatMap((rule) =>
    (['en', 'nl'] as const).flatMap((lang) =>
      [...rule.examples[lang].match, ...rule.examples[lang].noMatch].map((text) => ({ lang, text })),
    ),
  );
  // rules/code.generated.ts lists the modules in the order the rule files first name them, as here.
  test('one module per name the rule files give', () => expect(RULE_CODE).toHaveLength(modules.size));
  RULE_CODE.forEach((code, index) => {
    if (!code.keep) return;
    const own = new Set([...modules.values()][index]);
    test(`${[...own].join(', ')}: every other rule's match passes`, () => {
      let others = 0;
      for (const { lang, text } of texts) {
        const context = sectionContext(lang, text, text);
        const foreign = lexiconMatches(context).filter((match) => !own.has(match.signal));
        others += foreign.length;
        expect(code.keep!(context, foreign)).toEqual(foreign);
      }
      expect(others).toBeGreaterThan(100);
    });
  });
});
