import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ARGUMENT_SCHEMAS } from '../../../src/main/api/schemas';
import { cleanRuns } from '../../../src/main/services/runCheck';
import { UserError } from '../../../src/main/services/userError';
import type { RehearsalRun } from '../../../src/shared/rehearsal';
import { SAMPLE_VOICE } from '../../support/runs';
import { tempRehearsals } from '../../support/settings';

/** Every field required, all the way down: a field added to the run's schema fails the type check here until FULL fills it. */
type Full<T> = T extends object ? { [K in keyof T]-?: Full<T[K]> } : T;

const FULL: Full<RehearsalRun> = {
  id: 'r1',
  plan: {
    talkKey: '/talks/keynote.md',
    talkTitle: 'Keynote',
    variant: 10,
    target: 600,
    sections: [{ id: 'a', title: 'A', budget: 60, words: 140, fixed: false, prompt: 'Open with the story.', slide: '7' }],
  },
  startedAt: Date.UTC(2026, 10, 22, 9),
  events: [
    { type: 'start', at: 0 },
    { type: 'end', at: 70_000 },
  ],
  status: 'complete',
  total: 70,
  sections: [{ id: 'a', title: 'A', budget: 60, actual: 70, words: 140, fixed: false, reached: true }],
  voice: SAMPLE_VOICE,
};

const saveRun = (run: unknown): unknown => ARGUMENT_SCHEMAS.saveRun([run])[0];

/** The run as the rehearsal store reads it back from its file. */
function storeReads(run: unknown): RehearsalRun[] {
  const cwd = mkdtempSync(join(tmpdir(), 'sticky-run-schema-'));
  writeFileSync(join(cwd, 'rehearsals.json'), JSON.stringify({ runs: [run] }));
  return tempRehearsals(cwd).list();
}

describe('the rehearsal run has one schema, for IPC and the store alike', () => {
  test('a run with every field of the schema passes saveRun and is saved and read back whole', () => {
    expect(saveRun(FULL)).toEqual(FULL);
    expect(cleanRuns({ runs: [FULL] })).toEqual({ data: { runs: [FULL] }, dropped: [] });
    expect(storeReads(FULL)).toEqual([FULL]);
    const cwd = mkdtempSync(join(tmpdir(), 'sticky-run-schema-'));
    tempRehearsals(cwd).save(FULL);
    expect(tempRehearsals(cwd).list()).toEqual([FULL]);
  });

  test.each([
    ['an unknown field', { ...FULL, plan: { ...FULL.plan, sections: [{ ...FULL.plan.sections[0], extra: 1 }] } }],
    ['an oversized field', { ...FULL, sections: [{ ...FULL.sections[0], title: 'x'.repeat(2_001) }] }],
    ['a field of the wrong kind', { ...FULL, voice: { ...FULL.voice, pace: 'fast' } }],
  ])('a run with %s is refused by saveRun and left out by the store', (_, run) => {
    let refusal: unknown;
    try {
      saveRun(run);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(UserError);
    expect((refusal as UserError).code).toBe('bad-request');
    expect((refusal as UserError).message).toMatch(/^Expected argument 1\.\S+ to be /);
    const { dropped } = cleanRuns({ runs: [run] });
    expect(dropped.some((path) => path.startsWith('runs[0]'))).toBe(true);
    expect(() => tempRehearsals().save(run as RehearsalRun)).toThrow(/not a whole rehearsal run/);
  });
});
