import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseTalk } from '../../../src/main/engine/analyse';
// @ts-expect-error: a plain ES module of the eval scripts, shared so the test measures what `npm run eval` reports
import { editSensitivity } from '../../../scripts/calibration/edits.mjs';

interface Edit {
  kind: string;
  lang: string;
  expect: Record<string, number>;
  before: string;
  after: string;
}
const { edits } = JSON.parse(readFileSync(resolve(__dirname, '../../../eval/edits/edits.json'), 'utf8')) as { edits: Edit[] };
type Sensitivity = { dimensions: Record<string, { right: number; pairs: number }>; misses: unknown[] };
const measure = editSensitivity as (engine: { analyseTalk: typeof analyseTalk }, edits: Edit[]) => Sensitivity;

describe('a score moves when the speaker makes the edit a coach asks for', () => {
  test('the pairs cover every edit kind, in English and Dutch', () => {
    const kinds = new Set(edits.map((edit) => edit.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(8);
    expect(new Set(edits.map((edit) => edit.lang))).toEqual(new Set(['en', 'nl']));
  });

  test('every before/after pair moves its score the right way', () => {
    expect(measure({ analyseTalk }, edits).misses).toEqual([]);
  });

  test('the measure catches an edit that moves nothing (the same text before and after)', () => {
    const unchanged = edits.slice(0, 3).map((edit) => ({ ...edit, after: edit.before }));
    expect(measure({ analyseTalk }, unchanged).misses).toHaveLength(unchanged.flatMap((edit) => Object.keys(edit.expect)).length);
  });
});
