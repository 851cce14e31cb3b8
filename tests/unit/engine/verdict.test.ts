import { describe, expect, test } from 'vitest';
import { BLIND_SPOTS, type ElementId, type ElementResult, type PrincipleId, type SectionAnalysis } from '../../../src/shared/analysis';
import { verdict } from '../../../src/main/engine/scoring/verdict';

// One section with nothing flagged, and every CX Story element present.
const section = { blindSpots: Object.fromEntries(BLIND_SPOTS.map((spot) => [spot, { flagged: false }])) } as unknown as SectionAnalysis;
const elements = Object.fromEntries(
  ['personalStory', 'urgency', 'strategy', 'callToAction'].map((id) => [id, { name: id, present: true }]),
) as unknown as Record<ElementId, ElementResult>;
const scores = (high: PrincipleId[]): Record<PrincipleId, number> =>
  Object.fromEntries(
    (['simple', 'unexpected', 'concrete', 'credible', 'emotional', 'stories'] as const).map((id) => [id, high.includes(id) ? 90 : 40]),
  ) as Record<PrincipleId, number>;

describe('the verdict agrees with its subject: one strength singular, two plural', () => {
  test.each([
    ['en', 60, ['simple'], 'Simple carries it'],
    ['en', 60, ['simple', 'concrete'], 'carry it'],
    ['nl', 60, ['simple'], 'Eenvoudig draagt het'],
    ['nl', 60, ['simple', 'concrete'], 'dragen het'],
    ['en', 40, ['simple'], 'Simple works;'],
    ['nl', 40, ['simple'], 'Eenvoudig werkt;'],
    ['nl', 40, ['simple', 'concrete'], 'werken;'],
  ] as const)('%s, score %i, strengths %j: "%s"', (lang, score, high, expected) => {
    expect(verdict(lang, scores([...high]), score, [section], elements, null)).toContain(expected);
  });
});
