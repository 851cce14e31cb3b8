import { describe, expect, test } from 'vitest';
import type { RehearsalRun } from '../../../src/shared/rehearsal';
import { buildReport, measuredPace, recentPaces, type ReportContext } from '../../../src/renderer/src/lib/rehearsal/rehearsalReport';

function run(actuals: number[], status: RehearsalRun['status'] = 'complete', words = [130, 260, 130, 100]): RehearsalRun {
  const ids = ['a', 'b', 'c', 'd'];
  const budgets = [60, 120, 60, 60];
  return {
    id: 'r1',
    plan: { talkKey: 't', talkTitle: 'T', variant: 10, target: 300, sections: [] },
    startedAt: 0,
    events: [],
    status,
    total: actuals.reduce((sum, value) => sum + value, 0),
    sections: actuals.map((actual, i) => ({
      id: ids[i]!,
      title: ids[i]!.toUpperCase(),
      budget: budgets[i]!,
      actual,
      words: words[i]!,
      fixed: i === 3,
      reached: actual > 0,
    })),
  };
}
const context: ReportContext = {
  sectionIds: new Set(['a', 'b', 'c', 'd']),
  flags: { b: ['too complete'] },
  scores: { a: 70, b: 40, c: 60, d: 30 },
  variants: { a: [10, 30, 60], b: [10, 30, 60], c: [10], d: [10, 60] },
};

describe('the run report', () => {
  test('per section: budget, actual, delta, words, measured pace; totals', () => {
    const report = buildReport(run([60, 160, 65, 60]), context);
    expect(report.rows.map((row) => [row.id, row.delta, row.wpm])).toEqual([
      ['a', 0, 130],
      ['b', 40, 98],
      ['c', 5, 120],
      ['d', 0, null], // fixed-time sections have no speaking pace
    ]);
    expect(report).toMatchObject({ total: 345, target: 300, delta: 45 });
  });

  test('the worst overruns first, linked to their blind-spot flags', () => {
    const report = buildReport(run([60, 160, 65, 60]), context);
    expect(report.overruns.map((row) => [row.id, row.delta, row.flags])).toEqual([
      ['b', 40, ['too complete']],
      ['c', 5, []],
    ]);
  });

  test('the cut list prefers the lowest scores per minute, moving to a longer version where possible', () => {
    // 45 s over. Per minute: d 30/1 = 30, b 40/2.67 = 15, c 60/1.08 = 55, a 70/1 = 70.
    const report = buildReport(run([60, 160, 65, 60]), context);
    expect(report.cuts).toEqual([{ sectionId: 'b', title: 'B', kind: 'trim', seconds: 45, words: 74, to: null, carries: null }]);
    const muchOver = buildReport(run([60, 160, 65, 200]), { ...context, scores: { ...context.scores, d: 5 } });
    expect(muchOver.cuts[0]).toEqual({ sectionId: 'd', title: 'D', kind: 'move', seconds: 200, words: 100, to: 60, carries: null });
  });

  test('sections that carry a CX Story element are cut last, and only trimmed', () => {
    const report = buildReport(run([60, 160, 65, 60]), { ...context, essential: { b: 'Sense of urgency' } });
    // b is the cheapest per minute but carries the urgency: d (a fixed video) goes first, whole.
    expect(report.cuts.map((cut) => [cut.sectionId, cut.kind, cut.carries])).toEqual([['d', 'move', null]]);
    const longer = buildReport(run([60, 300, 65, 10]), {
      ...context,
      essential: { b: 'Sense of urgency', a: 'Call to action', c: 'CX strategy' },
    });
    expect(longer.cuts.every((cut) => cut.kind === 'trim' || cut.carries === null)).toBe(true);
  });

  test('no cuts when the run fits; sections gone from the talk are marked', () => {
    const report = buildReport(run([50, 100, 50, 60]), { ...context, sectionIds: new Set(['a', 'b', 'c']) });
    expect(report.cuts).toEqual([]);
    expect(report.rows.find((row) => row.id === 'd')!.gone).toBe(true);
  });
});

test('measured pace: the median words per minute of recent complete runs, fixed sections left out', () => {
  expect(measuredPace([])).toBeNull();
  const runs = [run([60, 120, 60, 60]), run([65, 130, 65, 60]), run([60, 120, 60, 60], 'incomplete'), run([50, 100, 50, 60])];
  // 520 words in 240, 260 and 200 spoken seconds: 130, 120 and 156 wpm; median 130.
  expect(measuredPace(runs)).toBe(130);
});

test('the pace counts only the runs it is the median of: complete ones of a minute or more, the last five', () => {
  expect(recentPaces([run([60, 120, 60, 60], 'incomplete'), run([10, 10, 10, 10])])).toEqual([]);
  expect(recentPaces([run([60, 120, 60, 60])])).toEqual([130]);
  expect(recentPaces(Array.from({ length: 7 }, () => run([60, 120, 60, 60])))).toHaveLength(5);
});
