import { describe, expect, test } from 'vitest';
import { PRINCIPLES } from '../../../src/shared/analysis';
import { SIGNALS } from '../../../src/main/engine/rules';
import { BLIND_SPOT_TERMS, derivedInputs, PRINCIPLE_TERMS, termKey } from '../../../src/main/engine/scoring/terms';
import { BLIND_SPOT_FORMULAS, PRINCIPLE_FORMULAS, type WeightsFile } from '../../../src/main/engine/scoring/weights';
import fitted from '../../../src/main/engine/scoring/weights.json';

const MEASURES = ['words', 'sentences', 'avg-sentence-length', 'ideas', 'concreteness', 'personal'];
// Besides signals, measures and principle scores, the inputs derived from the scores (score:engaging).
const inputs = new Set<string>([...SIGNALS, ...MEASURES, ...PRINCIPLES.map((p) => `score:${p}`), ...Object.keys(derivedInputs({}))]);
const file = fitted as WeightsFile;

describe('fitted weights', () => {
  for (const [group, specs, stored] of [
    ['principles', PRINCIPLE_TERMS, file.principles],
    ['blind spots', BLIND_SPOT_TERMS, file.blindSpots],
  ] as const) {
    for (const [score, terms] of Object.entries(specs)) {
      test(`${group} ${score}: every input exists, every weight names a term and keeps the method's sign`, () => {
        for (const term of terms) expect(inputs, `${score}: unknown input ${term.input}`).toContain(term.input);
        const keys = new Map(terms.map((term) => [termKey(term), term]));
        const weights = stored[score]?.weights ?? {};
        expect(Object.keys(weights).length).toBeGreaterThan(0);
        for (const [key, weight] of Object.entries(weights)) {
          const term = keys.get(key);
          expect(term, `${score}: weight for unknown term ${key}`).toBeDefined();
          expect(Math.sign(weight), `${score}.${key} has the wrong sign`).toBe(term!.sign);
        }
      });
    }
  }

  test('a concrete word can never lower Concrete, nor an abstract one raise it', () => {
    const concrete = PRINCIPLE_FORMULAS['concrete']!.terms;
    for (const term of concrete) {
      if (['concrete-words', 'sensory', 'named-people'].includes(term.input)) expect(term.weight).toBeGreaterThan(0);
      if (['abstract-words', 'abstract-nouns', 'jargon'].includes(term.input)) expect(term.weight).toBeLessThan(0);
    }
  });

  test('every blind spot and principle has a formula with a note on how its numbers were obtained', () => {
    expect(file.note).toMatch(/fit-weights/);
    expect(Object.keys(PRINCIPLE_FORMULAS).sort()).toEqual([...PRINCIPLES].sort());
    expect(Object.keys(BLIND_SPOT_FORMULAS)).toHaveLength(6);
  });
});
