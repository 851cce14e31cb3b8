import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { AnalysisService } from '../../../src/main/services/analysis';
import { watchFileWithChokidar } from '../../../src/main/services/fileWatcher';
import { RecentFiles } from '../../../src/main/services/recentFiles';
import { TalkService } from '../../../src/main/services/talkService';
import type { TalkUpdate } from '../../../src/shared/api';
import { en } from '../../../src/renderer/src/lib/messages/en';
import { applyScores } from '../../../src/shared/scoresUpdate';
import { tempSettings } from '../../support/settings';

function setup(): { service: TalkService; updates: TalkUpdate[]; dir: string; recent: RecentFiles } {
  const updates: TalkUpdate[] = [];
  const recent = new RecentFiles(tempSettings());
  const service = new TalkService({
    recent,
    watchFile: (path, onChange) => watchFileWithChokidar(path, onChange, 50),
    emit: (update) => updates.push(update),
  });
  return { service, updates, dir: mkdtempSync(join(tmpdir(), 'sticky-talks-')), recent };
}

describe('TalkService', () => {
  test('opens a talk: parsed, planned, remembered, announced', async () => {
    const { service, updates, dir, recent } = setup();
    const path = join(dir, 'talk.md');
    writeFileSync(path, '# My talk\n\n## Story\n\nOnce upon a time.\n');
    const opened = await service.open(path);
    expect(opened.talk.title).toBe('My talk');
    expect(opened.plans[10].sections.map((timing) => timing.id)).toEqual(['story']);
    expect(service.current).toBe(opened);
    expect(updates.map((update) => update.kind)).toEqual(['opened']);
    expect(opened.analysis).toBeNull();
    // Not remembered (so not reopened at the next start) until it has been scored once.
    expect(recent.list()).toEqual([]);
    await service.analysed;
    expect(recent.list()[0]!.path).toBe(path);
    expect(updates.map((update) => update.kind)).toEqual(['opened', 'analysed']);
    expect(service.current?.analysis?.sections.map((section) => section.id)).toEqual(['story']);
    await service.close();
  });

  test('the scores of an older version never replace a newer one', async () => {
    const updates: TalkUpdate[] = [];
    let release: () => void = () => undefined;
    let gate = new Promise<void>((resolve) => (release = resolve));
    // Analysis waits at every step until the test opens the gate.
    const analysis = new AnalysisService(() => gate);
    const service = new TalkService({
      recent: new RecentFiles(tempSettings()),
      watchFile: () => async () => undefined,
      emit: (update) => updates.push(update),
      analysis,
    });
    const dir = mkdtempSync(join(tmpdir(), 'sticky-talks-'));
    const first = join(dir, 'first.md');
    const second = join(dir, 'second.md');
    writeFileSync(first, `## First\n\n${'It was a long day. '.repeat(500)}\n`);
    writeFileSync(second, '## Second\n\nShort.\n');
    await service.open(first);
    await service.open(second);
    release();
    gate = Promise.resolve();
    await service.analysed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const analysed = updates.filter((update) => update.kind === 'analysed');
    expect(analysed.map((update) => update.sectionIds[0])).toEqual(['second']);
    expect(service.current?.analysis?.sections[0]!.id).toBe('second');
    await service.close();
  });

  test('scores reach the window without evidence, and a re-score sends only the sections that changed', async () => {
    const { service, updates, dir } = setup();
    const path = join(dir, 'talk.md');
    const story = '## Story\n\nIt was 2019. Priya called me and said: "We lost them."\n';
    const plan = '## Plan\n\nOur synergy framework leverages holistic touchpoints.\n';
    writeFileSync(path, `${story}\n${plan}`);
    await service.open(path);
    await service.analysed;
    const first = updates.at(-1)!;
    if (first.kind !== 'analysed') throw new Error('expected the scores');
    expect(first.complete).toBe(true);
    expect(first.sections.map((section) => section.id)).toEqual(['story', 'plan']);
    // No finding or spoken text crosses with an update; the section's evidence is asked for.
    expect(JSON.stringify(first)).not.toContain('"findings"');
    expect(JSON.stringify(first)).not.toContain('"spoken"');
    expect(first.sections[0]!.findingCount).toBeGreaterThan(0);
    const evidence = service.evidence('story')!;
    expect(evidence.findings).toHaveLength(first.sections[0]!.findingCount);
    expect(evidence.spoken).toContain('Priya called me');
    expect(service.evidence('nowhere')).toBeNull();

    writeFileSync(path, `${story}\n${plan.replace('holistic', 'holistic, scalable')}`);
    await service.reload();
    await service.analysed;
    const second = updates.at(-1)!;
    if (second.kind !== 'analysed') throw new Error('expected the scores');
    expect(second.complete).toBe(false);
    expect(second.sections.map((section) => section.id)).toEqual(['plan']);
    expect(second.sectionIds).toEqual(['story', 'plan']);
    expect(applyScores(first.complete ? applyScores(null, first) : null, second)?.sections.map((section) => section.id)).toEqual([
      'story',
      'plan',
    ]);
    await service.close();
  });

  test('a failed open keeps the current talk and reports the error', async () => {
    const { service, updates, dir } = setup();
    const good = join(dir, 'good.md');
    writeFileSync(good, '## A\n\nWords.\n');
    await service.open(good);
    await expect(service.open(join(dir, 'missing.md'))).rejects.toMatchObject({ code: 'not-found' });
    expect(service.current?.path).toBe(good);
    expect(service.error?.code).toBe('not-found');
    expect(updates.at(-1)).toMatchObject({ kind: 'failed', error: { code: 'not-found' } });
    await service.close();
  });

  test('reloads once after a burst of saves, including a save by rename', async () => {
    const { service, updates, dir } = setup();
    const path = join(dir, 'talk.md');
    writeFileSync(path, '## A\n\nOne.\n');
    await service.open(path);
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the watcher settle
    writeFileSync(path, '## A\n\nOne two.\n');
    writeFileSync(path, '## A\n\nOne two three.\n');
    await vi.waitFor(() => expect(service.current?.talk.words).toBe(3), { timeout: 5000, interval: 50 });
    const reloads = updates.filter((update) => update.kind === 'reloaded').length;
    expect(reloads).toBeGreaterThanOrEqual(1);
    expect(reloads).toBeLessThanOrEqual(2);

    // Editors such as vim save by writing a new file and renaming it over the old one.
    writeFileSync(join(dir, 'talk.md.tmp'), '## A\n\n## B\n\nFour five six seven.\n');
    renameSync(join(dir, 'talk.md.tmp'), path);
    await vi.waitFor(() => expect(service.current?.talk.sections.map((section) => section.id)).toEqual(['a', 'b']), {
      timeout: 5000,
      interval: 50,
    });
    await service.close();
  });

  test('a deleted file keeps the last version on screen and says so', async () => {
    const { service, updates, dir } = setup();
    const path = join(dir, 'talk.md');
    writeFileSync(path, '## A\n\nStill here.\n');
    await service.open(path);
    await new Promise((resolve) => setTimeout(resolve, 300));
    rmSync(path);
    await vi.waitFor(() => expect(updates.at(-1)?.kind).toBe('missing'), { timeout: 5000, interval: 50 });
    expect(service.current?.talk.words).toBe(2);
    expect(service.error?.message).toMatch(/moved or deleted/);
    // The name and the reason let the interface say it in its own language (messages `error.moved`).
    expect(service.error?.params).toEqual({ name: 'talk.md', reason: 'moved' });
    expect(service.error?.message).toBe(en['error.moved'].replace('{name}', 'talk.md'));
    expect(updates.at(-1)).toMatchObject({ kind: 'missing', error: service.error });
    await service.close();
  });

  test('opens dropped text without a path, and refuses binary text', async () => {
    const { service } = setup();
    const opened = await service.openText('dropped.md', '## Dropped\n\nHello there.\n');
    expect(opened).toMatchObject({ path: null, name: 'dropped.md' });
    await expect(service.openText('x.md', 'a\u0000b')).rejects.toMatchObject({ code: 'not-text' });
  });
});
