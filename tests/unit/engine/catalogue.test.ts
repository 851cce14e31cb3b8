import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { BLIND_SPOTS, ELEMENTS, PRINCIPLES } from '../../../src/shared/analysis';
import { MEASURES, RULES, ruleOf, SIGNALS } from '../../../src/shared/signals';

const engine = resolve(__dirname, '../../../src/main/engine');
const json = (lang: string, name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(engine, 'lexicon', lang, `${name}.json`), 'utf8'));
const messages = (lang: string): Record<string, string> => (json(lang, 'messages') as { messages: Record<string, string> }).messages;
// What a finding may move: a principle or blind spot and a direction, or a CX Story element.
const TARGET = new RegExp(
  `^(?:(?:${[...PRINCIPLES, ...BLIND_SPOTS].join('|')})[+-]|${[...ELEMENTS, 'call-to-action', 'urgency', 'strategy', 'imperatives'].join('|')})$`,
);
const SUPPORT = [
  'stock-words',
  'abbreviations',
  'coach',
  'deck',
  'messages',
  'first-names',
  'stopwords',
  'concreteness',
  'rare-words',
  'feeling',
];

describe('the rule catalogue (shared/signals.ts)', () => {
  for (const [id, source] of Object.entries(RULES)) {
    test(`${id}: its word lists and code exist, and its findings carry its message`, () => {
      for (const name of source.data)
        for (const lang of ['en', 'nl'])
          expect(existsSync(join(engine, 'lexicon', lang, `${name}.json`)), `${lang}/${name}.json`).toBe(true);
      if (source.code !== null) expect(existsSync(join(engine, 'rules', `${source.code}.ts`)), `rules/${source.code}.ts`).toBe(true);
      for (const lang of ['en', 'nl']) {
        const own = existsSync(join(engine, 'lexicon', lang, `${id}.json`))
          ? (json(lang, id)['rule'] as { id: string; signal: string } | undefined)
          : undefined;
        if (own) expect(own).toMatchObject({ id, signal: id });
        else expect(messages(lang)[id], `${lang} message ${id}`).toMatch(/\S/);
      }
    });
  }

  test('no signal is also a measure, and every message key is a rule', () => {
    for (const measure of MEASURES) expect(SIGNALS).not.toContain(measure);
    for (const lang of ['en', 'nl']) for (const key of Object.keys(messages(lang))) expect(SIGNALS).toContain(key);
  });
});

describe('lexicon files against their schema', () => {
  for (const lang of ['en', 'nl']) {
    for (const file of readdirSync(join(engine, 'lexicon', lang)).filter((name) => name.endsWith('.json'))) {
      const name = file.slice(0, -'.json'.length);
      test(`${lang}/${file}`, () => {
        const data = json(lang, name);
        expect(typeof data['source']).toBe('string');
        expect(typeof data['licence']).toBe('string');
        if (SUPPORT.includes(name)) return;
        // Every other file is one rule's word list, named like the rule, with entries of known keys only.
        expect(Object.keys(RULES), `${file} is no rule in the catalogue`).toContain(name);
        const rule = data['rule'] as Record<string, string>;
        expect(Object.keys(rule).sort()).toEqual(['id', 'message', 'severity', 'signal', 'target']);
        expect(rule['id']).toBe(name);
        expect(rule['signal']).toBe(name);
        expect(['info', 'warning']).toContain(rule['severity']);
        expect(rule['target']).toMatch(TARGET);
        expect(rule['message']).toContain('{actual}');
        for (const entry of data['entries'] as Record<string, unknown>[]) {
          for (const key of Object.keys(entry)) expect(['phrase', 'swap']).toContain(key);
          expect(typeof entry['phrase']).toBe('string');
          if (entry['swap'] !== undefined) expect((entry['swap'] as unknown[]).every((swap) => typeof swap === 'string')).toBe(true);
        }
      });
    }
  }
});

describe('findings trace to their rule in one step', () => {
  for (const lang of ['en', 'nl'] as const) {
    test(`every finding of the ${lang} sample talk names a catalogued signal, which is its rule id`, () => {
      const samples = resolve(__dirname, '../../../resources/samples');
      const file = readdirSync(samples).find((name) => name.endsWith('.nl.md') === (lang === 'nl'))!;
      const { analysis } = analyseTalk(readFileSync(join(samples, file), 'utf8'));
      const findings = analysis.sections.flatMap((section) => section.findings);
      expect(findings.length).toBeGreaterThan(50);
      for (const finding of findings) {
        expect(SIGNALS).toContain(finding.signal);
        expect(ruleOf(finding.ruleId)).toBe(finding.signal);
      }
      for (const section of analysis.sections)
        for (const contributions of Object.values(section.explain))
          for (const { signal } of contributions)
            expect([...SIGNALS, ...MEASURES, ...PRINCIPLES.map((p) => `score:${p}`)]).toContain(signal);
    });
  }
});
