import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runsToCsv } from '../../../src/main/services/rehearsalStore';
import { envelope } from '../../../src/main/services/userError';
import type { RehearsalRun } from '../../../src/shared/rehearsal';
import { tempRehearsals, tempServices } from '../../support/settings';

const sample = resolve(__dirname, '../../../resources/samples/lead-your-leaders.md');

function run(id: string, status: RehearsalRun['status'], talkKey = '/t.md'): RehearsalRun {
  return {
    id,
    plan: { talkKey, talkTitle: 'Talk, "quoted"', variant: 10, target: 600, sections: [] },
    startedAt: Date.UTC(2026, 10, 22, 9),
    events: [{ type: 'start', at: 0 }],
    status,
    total: 70,
    sections: [{ id: 'a', title: 'A', budget: 60, actual: 70, words: 140, fixed: false, reached: true }],
  };
}

describe('RehearsalStore', () => {
  test('saves as it happens, updates in place, lists per talk, survives a restart', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sticky-runs-'));
    const store = tempRehearsals(cwd);
    store.save(run('r1', 'running'));
    store.save({ ...run('r1', 'running'), total: 80 });
    store.save(run('r2', 'complete', '/other.md'));
    expect(store.list('/t.md').map((saved) => [saved.id, saved.total])).toEqual([['r1', 80]]);
    // The app crashed mid-run: the next start keeps the run, marked incomplete.
    const restarted = tempRehearsals(cwd);
    expect(restarted.recover()).toBe(1);
    expect(restarted.list('/t.md')[0]!.status).toBe('incomplete');
    expect(restarted.remove('r1').map((saved) => saved.id)).toEqual(['r2']);
  });

  test('CSV: one line per section, quoted where needed', () => {
    expect(runsToCsv([run('r1', 'complete')])).toBe(
      'run,started,talk,variant,target_s,status,run_total_s,section,title,budget_s,actual_s,delta_s,words,wpm\n' +
        'r1,2026-11-22T09:00:00.000Z,"Talk, ""quoted""",10,600,complete,70,a,A,60,70,10,140,120\n',
    );
  });
});

describe('rehearsal API', () => {
  async function setup(savePath: string | null = null) {
    const { handlers: api, talks, settings } = tempServices({ savePath });
    return { api, talks, settings };
  }

  test('a rehearsal plan: budgets in seconds, prompts, custom targets', async () => {
    const { api, talks } = await setup();
    expect(await envelope(() => api.rehearsalPlan(10, null))).toMatchObject({ ok: false, error: { message: 'Open a talk first.' } });
    await talks.open(sample);
    const plan = (await envelope(() => api.rehearsalPlan(10, null))) as {
      ok: true;
      value: { target: number; sections: { budget: number; prompt: string; id: string }[] };
    };
    expect(plan.value.target).toBe(600);
    expect(plan.value.sections.map((section) => section.id)).toEqual([
      'opening',
      'the-valentine-s-email',
      'where-we-are-now',
      'three-moves-for-the-next-twelve-months',
      'what-i-ask-of-you',
    ]);
    expect(plan.value.sections.reduce((sum, section) => sum + section.budget, 0)).toBeCloseTo(600, -1);
    expect(plan.value.sections[1]!.prompt).toBe("It was 2013, a week before Valentine's Day.");
    const custom = (await envelope(() => api.rehearsalPlan(10, 8))) as { ok: true; value: { target: number } };
    expect(custom.value.target).toBe(480);
    expect(await envelope(() => api.rehearsalPlan(45, null))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await envelope(() => api.rehearsalPlan(10, 500))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await talks.close();
  });

  test('save, list, export as CSV (atomically) and refuse junk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sticky-export-'));
    const target = join(dir, 'runs.csv');
    writeFileSync(target, 'old content');
    const { api, talks } = await setup(target);
    await talks.open(sample);
    expect(await envelope(() => api.exportRuns())).toMatchObject({
      ok: false,
      error: { message: 'There are no rehearsals of this talk to export yet.' },
    });
    await api.saveRun!(run('r1', 'complete', sample));
    expect(((await api.listRuns!()) as RehearsalRun[]).map((saved) => saved.id)).toEqual(['r1']);
    expect(await envelope(() => api.exportRuns())).toEqual({ ok: true, value: target });
    expect(readFileSync(target, 'utf8')).toContain('r1,2026-11-22T09:00:00.000Z');
    expect(await envelope(() => api.saveRun({ id: 3 }))).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await talks.close();
  });

  test("the speaker's pace re-plans the open talk and is remembered per talk", async () => {
    const { api, talks, settings } = await setup();
    await talks.open(sample);
    const before = talks.current!.plans[10].minutes;
    const replanned = (await api.setPace!(150)) as { pace: number; plans: Record<number, { minutes: number }> };
    expect(replanned.pace).toBe(150);
    expect(replanned.plans[10]!.minutes).toBeLessThan(before);
    expect(settings.get('paceByTalk')).toEqual({ [sample]: 150 });
    expect(await envelope(() => api.setPace(20))).toMatchObject({ ok: false });
    await api.setPace!(null);
    expect(talks.current!.plans[10].minutes).toBe(before);
    await talks.close();
  });
});
