import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { chunkSignals } from '../../../src/main/engine/rules';
import { ruleThreshold } from '../../../src/main/engine/rules/catalogue';
import { RULE_FILES } from '../../../src/main/engine/rules/catalogue.generated';
import { PRINCIPLES } from '../../../src/shared/analysis';
import { MEASURES, RULES, ruleOf, SIGNALS } from '../../../src/shared/signals';
import { isTargetDimension, TARGET_DIMENSIONS } from '../../../src/shared/target';

const root = resolve(__dirname, '../../..');
const engine = join(root, 'src/main/engine');
// Tables: data several rules or the parser read, not one rule's own words.
const TABLES = [
  'stock-words',
  'abbreviations',
  'coach',
  'deck',
  'first-names',
  'stopwords',
  'concreteness',
  'rare-words',
  'feeling',
  'parser',
];

describe('the rule files (rules/catalogue/<id>.json)', () => {
  test('the generated index, shared catalogue and docs/rules.md are up to date with the rule files', () => {
    // Fails with "run npm run rules" when a rule file was added or changed without regenerating.
    expect(() =>
      execFileSync(process.execPath, [join(root, 'scripts/rules/build-catalogue.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  test('every file in the folder is a rule the engine runs, and the shared catalogue lists the same ids', () => {
    const files = readdirSync(join(engine, 'rules/catalogue')).map((name) => name.replace(/\.json$/, ''));
    expect(RULE_FILES.map((rule) => rule.id)).toEqual(files.sort());
    expect(Object.keys(RULES).sort()).toEqual(files.sort());
  });

  for (const rule of RULE_FILES) {
    test(`${rule.id}: its target, code and tables exist`, () => {
      expect(isTargetDimension(rule.target.dimension)).toBe(true);
      if (rule.code) expect(existsSync(join(engine, 'rules', `${rule.code}.ts`)), `rules/${rule.code}.ts`).toBe(true);
      for (const name of rule.reads ?? [])
        for (const lang of ['en', 'nl'])
          expect(existsSync(join(engine, 'lexicon', lang, `${name}.json`)) || Object.hasOwn(RULES, name), `${name} for ${lang}`).toBe(true);
      if (rule.words && rule.phrases !== false) for (const lang of ['en', 'nl'] as const) expect(rule.messages[lang]).toContain('{actual}');
      for (const lang of ['en', 'nl'] as const)
        for (const entry of rule.words?.[lang].entries ?? [])
          for (const key of Object.keys(entry)) expect(['phrase', 'swap']).toContain(key);
    });
  }

  // The shape check is a plain script (it runs before any build): asked in a child process.
  const shapeScript = join(root, 'scripts/rules/ruleShape.mjs');
  const ask = (code: string): unknown =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', `import * as shape from ${JSON.stringify(shapeScript)}; console.log(JSON.stringify(${code}));`],
        {
          encoding: 'utf8',
        },
      ),
    );
  const problemsOf = (name: string, rule: unknown): string[] =>
    ask(`shape.ruleProblems(${JSON.stringify(name)}, ${JSON.stringify(rule)})`) as string[];
  const sound = RULE_FILES.find((rule) => rule.id === 'sensory')!;

  test('a damaged rule file is refused with the file and field named', () => {
    const lines = problemsOf('loud.json', {
      id: 'loud',
      target: { dimension: 'louder', direction: 'up' },
      severity: 'info',
      method: 'docs/coaching-method.md#x',
      label: { en: 'loud' },
      messages: { en: 'Too {volume}', nl: 'Te luid' },
      words: { en: { source: 's', licence: 'MIT', entries: [] }, nl: { source: 's', licence: 'MIT', entries: [] } },
      examples: { en: { match: ['It is loud.'], noMatch: [] }, nl: { match: [], noMatch: [] } },
    });
    expect(lines).toContain('loud.json: target.dimension must be one of ' + TARGET_DIMENSIONS.join(', '));
    expect(lines).toContain('loud.json: target.direction must be "raise", "lower" or null');
    expect(lines).toContain('loud.json: label needs a name in English and Dutch');
    expect(lines).toContain('loud.json: messages use {volume}, which is no threshold');
    expect(lines).toContain('loud.json: examples.en.noMatch needs at least one sentence the rule must not find');
    expect(lines).toContain('loud.json: examples.nl.match needs at least one sentence the rule must find');
  });

  test('a typo in any field, a word listed twice or a term on a story element is refused, never scored as zero in silence', () => {
    expect(problemsOf('sensory.json', sound)).toEqual([]);
    const typo = { ...sound, trem: { full: 3 }, phrases: 'no', target: { ...sound.target, dimensoin: 'concrete' } };
    expect(problemsOf('sensory.json', typo)).toEqual([
      'sensory.json: trem is no field of a rule file (a typo?)',
      'sensory.json: target.dimensoin is no field of a target',
      'sensory.json: phrases must be true or false',
    ]);
    const twice = {
      ...sound,
      words: { ...sound.words, en: { ...sound.words!.en, entries: [{ phrase: 'see' }, { phrase: 'See', swapp: [] }] } },
    };
    expect(problemsOf('sensory.json', twice)).toEqual([
      'sensory.json: words.en.entries "See" has no field "swapp"',
      'sensory.json: words.en.entries list "See" twice',
    ]);
    const element = { ...sound, target: { dimension: 'callToAction', direction: 'raise' }, term: { full: 1, points: 5, why: 'w' } };
    expect(problemsOf('sensory.json', element)).toEqual([
      'sensory.json: target.direction is null for a CX Story element and "raise" or "lower" for a score',
    ]);
  });

  test("the shape check's dimensions are the shared ones", () => {
    expect(ask('shape.DIMENSIONS')).toEqual(TARGET_DIMENSIONS);
  });
});

describe("a rule's thresholds", () => {
  test('fill its message, so the text never repeats the number the code judges by', () => {
    const long = `${Array.from({ length: 30 }, (_, index) => `word${index}`).join(' ')}.`;
    const [finding] = chunkSignals('en', long, long).matches.filter((match) => match.signal === 'long-sentences');
    expect(finding?.message).toBe('This sentence has 30 words; a listener loses the thread after about 25. Split it.');
    const nl = chunkSignals('nl', long, long).matches.find((match) => match.signal === 'long-sentences');
    expect(nl?.message).toBe('Deze zin heeft 30 woorden; een luisteraar raakt na ongeveer 25 de draad kwijt. Knip hem op.');
    // The number is read from the rule file: 25 words are no long sentence, 26 are.
    const at = (words: number): number => {
      const text = `${Array.from({ length: words }, (_, index) => `word${index}`).join(' ')}.`;
      return chunkSignals('en', text, text).matches.filter((match) => match.signal === 'long-sentences').length;
    };
    expect([at(ruleThreshold('long-sentences', 'words')), at(ruleThreshold('long-sentences', 'words') + 1)]).toEqual([0, 1]);
  });
});

describe('lexicon tables against their schema', () => {
  for (const lang of ['en', 'nl']) {
    for (const file of readdirSync(join(engine, 'lexicon', lang)).filter((name) => name.endsWith('.json'))) {
      test(`${lang}/${file} is a table with a source and a licence`, () => {
        const data = JSON.parse(readFileSync(join(engine, 'lexicon', lang, file), 'utf8')) as Record<string, unknown>;
        expect(TABLES, `${file}: a rule's own words belong in its rule file`).toContain(file.replace(/\.json$/, ''));
        expect(typeof data['source']).toBe('string');
        expect(typeof data['licence']).toBe('string');
      });
    }
  }
});

describe('findings trace to their rule in one step', () => {
  for (const lang of ['en', 'nl'] as const) {
    test(`every finding of the ${lang} sample talk names a catalogued signal, which is its rule id, and its documentation`, () => {
      const samples = join(root, 'resources/samples');
      const file = readdirSync(samples).find((name) => name.endsWith('.nl.md') === (lang === 'nl'))!;
      const { analysis } = analyseTalk(readFileSync(join(samples, file), 'utf8'));
      const findings = analysis.sections.flatMap((section) => section.findings);
      expect(findings.length).toBeGreaterThan(50);
      for (const finding of findings) {
        expect(SIGNALS).toContain(finding.signal);
        expect(ruleOf(finding.ruleId)).toBe(finding.signal);
        expect(finding.source).toBe(`docs/rules.md#${finding.signal}`);
      }
      for (const section of analysis.sections)
        for (const contributions of Object.values(section.explain))
          for (const { signal } of contributions)
            expect([...SIGNALS, ...MEASURES, ...PRINCIPLES.map((p) => `score:${p}`)]).toContain(signal);
    });
  }
});
