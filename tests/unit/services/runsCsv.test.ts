import { describe, expect, test } from 'vitest';
import { csvCell, runsToCsv } from '../../../src/main/services/runsCsv';
import type { RehearsalRun } from '../../../src/shared/rehearsal';
import { sampleRun } from '../../support/runs';

const run = (talkTitle: string, startedAt: number, title = 'A'): RehearsalRun =>
  sampleRun('r1', {
    plan: { ...sampleRun('r1').plan, talkTitle },
    startedAt,
    total: 50,
    sections: [{ id: 'a', title, budget: 60, actual: 50, words: 100, fixed: false, reached: true }],
  });

describe('safe CSV', () => {
  test.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['plain, with comma', '"plain, with comma"'],
    ['two\nlines', '"two\nlines"'],
    ['a = b', 'a = b'],
  ])('text %j becomes %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  test('numbers stay numbers (a negative delta is not escaped); a number that is not finite is empty', () => {
    expect([csvCell(-10), csvCell(0.5), csvCell(Number.NaN), csvCell(Infinity)]).toEqual(['-10', '0.5', '', '']);
  });

  test('a formula in a talk or section title is escaped in the export', () => {
    const line = runsToCsv([run('=cmd|"/c calc"!A1', Date.UTC(2026, 0, 2), '@boom')]).split('\n')[1]!;
    expect(line).toBe(`r1,2026-01-02T00:00:00.000Z,"'=cmd|""/c calc""!A1",10,600,complete,50,a,'@boom,60,50,-10,100,120`);
  });

  test('a run with an invalid start date does not break the export: its date is left empty', () => {
    for (const startedAt of [Number.NaN, 1e20, -1e20, Infinity]) {
      expect(runsToCsv([run('Talk', startedAt)]).split('\n')[1]).toBe('r1,,Talk,10,600,complete,50,a,A,60,50,-10,100,120');
    }
  });
});
