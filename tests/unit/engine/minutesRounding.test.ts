import { describe, expect, test } from 'vitest';
import { formatComparison } from '../../../src/main/cli/compareText';
import { formatOutlineText } from '../../../src/main/cli/outlineText';
import { analyseTalk } from '../../../src/main/engine/analyse';
import { compareDrafts } from '../../../src/main/engine/compare/compareDrafts';
import { outlineJson } from '../../../src/main/engine/outline';
import { tenthsOfMinutes, tenthsOver } from '../../../src/main/engine/timing/plan';
import { reportPlans } from '../../../src/main/report/reportPlan';

// Issue 26: the same talk read 4.8 min in `sticky outline` and 4.9 in `sticky compare`: the one
// printed the plan's hundredths with toFixed (4.85 is 4.8499… in binary), the other rounded them.
describe('one rounding of minutes for every output', () => {
  // 630 words at 130 wpm: 4.846 minutes, 4.85 in the plan (the JSON), so 4.9 in every text.
  const text = `---\ntitle: Rounding\nwpm: 130\n---\n\n## Only\n\n<!-- variants: 10 -->\n\n${Array(630).fill('customer').join(' ')}\n`;
  const analysed = analyseTalk(text);

  test('the plan keeps hundredths; tenths are taken from them, whatever path a figure took', () => {
    expect(analysed.plans[10].minutes).toBe(4.85);
    expect(tenthsOfMinutes(4.85)).toBe(4.9);
    expect(tenthsOfMinutes(630 / 130)).toBe(4.9);
    expect(tenthsOfMinutes(-5.15)).toBe(-5.2);
    expect(tenthsOfMinutes(5.15)).toBe(5.2);
    expect(tenthsOfMinutes(-0.04)).toBe(0);
    // The distance to the target is taken from the printed estimate, so the two add up: 9.15 (9.148)
    // prints 9.2 and "−0.8 min", not the −0.9 that rounding −0.85 on its own would give.
    expect(tenthsOver(9.15, 10)).toBe(-0.8);
    expect(tenthsOver(4.85, 10)).toBe(-5.1);
    expect(tenthsOver(12.34, 10)).toBe(2.3);
  });

  test('outline, compare and the report print the same figure', () => {
    const outline = formatOutlineText(outlineJson('talk.md', analysed.talk, analysed.plans));
    expect(outline).toMatch(/10 min\s+1\s+4\.9\s+10\s+too short by 5\.1 min/);
    expect(outline).not.toContain('4.8');
    const draft = { file: 'talk.md', text, analysed };
    const comparison = compareDrafts(draft, draft);
    expect(comparison.variants[0]!.minutes).toEqual({ before: 4.9, after: 4.9 });
    expect(formatComparison(comparison, false)).toContain('4.9 → 4.9');
    expect(reportPlans(analysed.talk, analysed.plans)[0]).toMatchObject({ minutes: 4.9, deltaMinutes: -5.1 });
  });
});
