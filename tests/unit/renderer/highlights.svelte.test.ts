import { describe, expect, test } from 'vitest';
import type { SectionSummary } from '../../../src/shared/analysis';
import type { Finding } from '../../../src/shared/talk';
import { parseTarget } from '../../../src/shared/target';
import { findingEffect, strongest, STRONGEST_PER_DIMENSION } from '../../../src/renderer/src/lib/signalEvidence';

const at = { line: 1, column: 1, offset: 0 };
const finding = (target: string | undefined, signal: string, severity: Finding['severity'] = 'info'): Finding => ({
  ruleId: signal,
  signal,
  ...(target === undefined ? {} : { target: parseTarget(target)! }),
  severity,
  message: `${signal} ${target}`,
  start: at,
  end: at,
});
// A section whose Concrete score rose 12 points from examples and 2 from figures, and whose
// corporate risk rose 9 from corporate speak.
const analysis = {
  explain: {
    concrete: [
      { signal: 'figures', value: 1, effect: 2 },
      { signal: 'examples', value: 3, effect: 12 },
    ],
  },
  blindSpots: { tooCorporate: { contributions: [{ signal: 'corporate', value: 4, effect: 9 }] } },
} as unknown as SectionSummary;

describe('the colour of a highlight follows its effect', () => {
  test('a principle raised or a risk lowered helps; a principle lowered or a risk raised hurts', () => {
    expect(findingEffect(finding('concrete+', 'examples'))).toBe('helps');
    expect(findingEffect(finding('simple-', 'rare-words'))).toBe('hurts');
    expect(findingEffect(finding('tooCorporate+', 'corporate'))).toBe('hurts');
    expect(findingEffect(finding('tooUnpersonal-', 'first-singular'))).toBe('helps');
    // A positive finding stays "helps" even when its rule reports it as a warning.
    expect(findingEffect(finding('emotional+', 'strong-feeling', 'warning'))).toBe('helps');
    expect(findingEffect(finding(undefined, 'long-sentences', 'warning'))).toBe('hurts');
  });
});

describe('"All" shows the strongest few per principle and blind spot', () => {
  test('the signal that moved a score most comes first, a few per dimension, in text order', () => {
    const figures = Array.from({ length: 5 }, () => finding('concrete+', 'figures'));
    const examples = Array.from({ length: 5 }, () => finding('concrete+', 'examples'));
    const corporate = Array.from({ length: 2 }, () => finding('tooCorporate+', 'corporate'));
    const structure = finding(undefined, 'long-sentences', 'warning');
    const all = [...figures, structure, ...examples, ...corporate];
    const kept = strongest(all, analysis);
    expect(kept).toEqual([structure, ...examples.slice(0, STRONGEST_PER_DIMENSION), ...corporate]);
    expect(kept.length).toBeLessThan(all.length);
  });

  test('a hostile section of 200,000 findings in one dimension is narrowed in one pass, not one copy per finding', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => finding('concrete+', i % 2 ? 'figures' : 'examples'));
    const started = performance.now();
    const kept = strongest(many, analysis);
    expect(kept).toHaveLength(STRONGEST_PER_DIMENSION);
    // A quadratic grouping took minutes here; one pass and a sort take well under a second.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
