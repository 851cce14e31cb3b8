import { beforeEach, describe, expect, test } from 'vitest';
import type { OpenedTalk } from '../../../src/shared/api';
import { Rehearsals } from '../../../src/renderer/src/lib/rehearsal/rehearsals.svelte';
import { Notices } from '../../../src/renderer/src/lib/state/notices.svelte';
import { SettingsState } from '../../../src/renderer/src/lib/state/settings.svelte';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';
import { finishedRun, installFakeApi, openedTalk, rehearsalPlan, settle, type FakeApi } from './fakes';

let api: FakeApi;
let notices: Notices;
let current: OpenedTalk | null;
let rehearsals: Rehearsals;

beforeEach(() => {
  api = installFakeApi();
  notices = new Notices();
  current = openedTalk();
  rehearsals = new Rehearsals(() => current, notices, new SettingsState(notices));
  locale.current = 'en';
});

describe('Rehearsals', () => {
  test('start() prepares a session of the plan and shows the rehearsal screen', async () => {
    api.rehearsalPlan.mockResolvedValue(rehearsalPlan());
    await rehearsals.start(10, 2);
    expect(api.rehearsalPlan).toHaveBeenCalledWith(10, 2);
    expect(rehearsals.screen).toBe('rehearsal');
    expect(rehearsals.session?.plan.sections).toHaveLength(2);
  });

  test('a plan that cannot be made stays on the talk and says why in a rehearsal notice', async () => {
    api.rehearsalPlan.mockRejectedValue(new Error('This version has no sections.'));
    await rehearsals.start(10, null);
    expect(rehearsals.screen).toBe('talk');
    expect(notices.rehearsal).toEqual({ tone: 'info', message: 'This version has no sections.' });
  });

  test('an ended session shows its report and reloads the runs', async () => {
    api.rehearsalPlan.mockResolvedValue(rehearsalPlan());
    await rehearsals.start(10, null);
    const saved = [finishedRun('run-1')];
    api.listRuns.mockResolvedValue(saved);
    const session = rehearsals.session!;
    session.control('start');
    session.control('end');
    await settle();
    expect(rehearsals.screen).toBe('report');
    expect(rehearsals.session).toBeNull();
    expect(rehearsals.lastRun?.status).toBe('complete');
    expect(rehearsals.runs).toBe(saved);
  });

  test("load() lists the open talk's runs, and none without a talk; the pace comes from them", async () => {
    api.listRuns.mockResolvedValue([finishedRun('run-1')]);
    await rehearsals.load();
    expect(rehearsals.runs).toHaveLength(1);
    expect(rehearsals.pace).toBe(120);
    current = null;
    await rehearsals.load();
    expect(rehearsals.runs).toEqual([]);
    expect(rehearsals.pace).toBeNull();
  });

  test('showHistory(), showReport() and close() move between the screens', async () => {
    await rehearsals.showHistory();
    expect(rehearsals.screen).toBe('history');
    const run = finishedRun('run-2');
    rehearsals.showReport(run);
    expect(rehearsals.screen).toBe('report');
    expect(rehearsals.lastRun).toBe(run);
    rehearsals.close();
    expect(rehearsals.screen).toBe('talk');
  });

  test("reopen() leaves a rehearsal not yet started and loads the new talk's runs", async () => {
    api.rehearsalPlan.mockResolvedValue(rehearsalPlan());
    await rehearsals.start(10, null);
    api.listRuns.mockResolvedValue([finishedRun('run-3')]);
    await rehearsals.reopen();
    expect(rehearsals.session).toBeNull();
    expect(rehearsals.screen).toBe('talk');
    expect(rehearsals.runs.map((run) => run.id)).toEqual(['run-3']);
  });

  test('exportCsv() says where the file went, or why it did not', async () => {
    api.exportRuns.mockResolvedValue('/home/runs.csv');
    await rehearsals.exportCsv();
    expect(notices.rehearsal?.message).toContain('/home/runs.csv');
    api.exportRuns.mockRejectedValue(new Error('disk full'));
    await rehearsals.exportCsv();
    expect(notices.rehearsal?.message).toBe('disk full');
  });

  test('the sound setting is adopted at start-up and saved when changed', async () => {
    rehearsals.adoptSoundCue(true);
    expect(rehearsals.soundCue).toBe(true);
    await rehearsals.setSound(false);
    expect(api.setSoundCue).toHaveBeenCalledWith(false);
    expect(rehearsals.soundCue).toBe(false);
  });

  test('the report links a run to the talk as it is now', () => {
    const report = rehearsals.report(finishedRun('run-4'));
    expect(report.total).toBe(70);
    expect(report.rows[0]?.id).toBe('a');
    // Section a ran over and is flagged too boring today: the report says both.
    expect(report.overruns[0]?.flags).toEqual(['too boring']);
  });
});
