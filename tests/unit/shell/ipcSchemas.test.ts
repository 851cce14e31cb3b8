import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ARGUMENT_SCHEMAS } from '../../../src/main/api/schemas';
import { MAX_RUN_JSON, rehearsalRun } from '../../../src/shared/schema/rehearsal';
import { envelope } from '../../../src/main/services/userError';
import type { RehearsalPlan, RehearsalRun } from '../../../src/shared/rehearsal';
import { RehearsalTimer } from '../../../src/renderer/src/lib/rehearsal/rehearsalTimer';
import { sampleRun } from '../../support/runs';
import { tempServices } from '../../support/settings';

const sample = resolve(__dirname, '../../../resources/samples/lead-your-leaders.md');
const slidev = resolve(__dirname, '../../fixtures/decks/slidev.md');

const run = (changes: Partial<RehearsalRun> = {}): RehearsalRun => sampleRun('run-1', changes);

function deep(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
}

const refused = (check: () => unknown) => expect(envelope(check)).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });

describe('saveRun schema', () => {
  test('a run the rehearsal screen makes, from a real plan, is accepted unchanged', async () => {
    const { handlers, talks } = tempServices();
    await talks.open(sample);
    const plan = (await handlers.rehearsalPlan(10, null)) as RehearsalPlan;
    const timer = new RehearsalTimer(plan);
    for (const [type, at] of [
      ['start', 0],
      ['next', 61_000],
      ['pause', 90_000],
      ['resume', 95_000],
      ['end', 130_000],
    ] as const)
      timer.apply({ type, at });
    const view = timer.view(130_000);
    const made = run({ plan, events: [...timer.events], status: 'complete', total: view.elapsed, sections: view.sections });
    expect(await handlers.saveRun(made)).toEqual(made);
    await talks.close();
  });

  test('a deck’s plan says each section’s slide, and a run with it is accepted', async () => {
    const { handlers, talks } = tempServices();
    await talks.open(slidev);
    const plan = (await handlers.rehearsalPlan(60, null)) as RehearsalPlan;
    expect(plan.sections.map((section) => section.slide)).toEqual(['1', '2', '3', '4', '5']);
    const made = run({ plan });
    expect(await handlers.saveRun(made)).toEqual(made);
    await refused(() => rehearsalRun(run({ plan: { ...plan, sections: [{ ...plan.sections[0]!, slide: 'x'.repeat(201) }] } }), 'run'));
    await talks.close();
  });

  test('5 MB of junk, in a field of its own or in a known one, is refused', async () => {
    const junk = 'x'.repeat(5 * 1024 * 1024);
    await refused(() => rehearsalRun({ ...run(), junk }, 'run'));
    await refused(() => rehearsalRun(run({ id: junk }), 'run'));
    await refused(() => rehearsalRun({ ...run(), plan: { ...run().plan, talkTitle: junk } }, 'run'));
    await refused(() => rehearsalRun(run({ sections: [{ ...run().sections[0]!, title: junk }] }), 'run'));
  });

  test('a 5,000-deep object is refused without descending into it', async () => {
    const nested = deep(5_000);
    await refused(() => rehearsalRun({ ...run(), extra: nested }, 'run'));
    await refused(() => rehearsalRun({ ...run(), plan: nested }, 'run'));
    await refused(() => rehearsalRun(run({ events: [nested as never] }), 'run'));
    // Deeper than the stack allows for a recursive walk: still a plain refusal.
    await refused(() => rehearsalRun({ ...run(), plan: deep(200_000) }, 'run'));
  });

  test('every string within its limit, but too large in all: refused by the size bound', async () => {
    const section = { id: 'a'.repeat(200), title: 't'.repeat(2_000), budget: 1, actual: 1, words: 1, fixed: false, reached: false };
    const sections = Array.from({ length: Math.ceil(MAX_RUN_JSON / 2_000) }, () => section);
    await expect(envelope(() => rehearsalRun(run({ sections }), 'run'))).resolves.toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'That rehearsal run is too large to save.' },
    });
  });

  test.each([
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['beyond the Date range', 8.64e15 + 1],
    ['text', '2026-11-22'],
  ])('an invalid start date (%s) is refused, so the CSV export never meets it', async (_name, startedAt) => {
    await refused(() => rehearsalRun(run({ startedAt: startedAt as number }), 'run'));
  });

  test('wrong shapes name the field, never the value', async () => {
    await expect(envelope(() => rehearsalRun(run({ status: 'won' as never }), 'run'))).resolves.toEqual({
      ok: false,
      error: { code: 'bad-request', message: 'Expected run.status to be one of running, complete, incomplete.' },
    });
    await refused(() => rehearsalRun(run({ events: [{ type: 'start', at: Number.POSITIVE_INFINITY }] }), 'run'));
    await refused(() => rehearsalRun(run({ events: Array.from({ length: 20_001 }, () => ({ type: 'next', at: 1 })) }), 'run'));
    await refused(() => rehearsalRun(Object.assign(Object.create({ inherited: true }) as object, run()), 'run'));
    await refused(() => rehearsalRun([run()], 'run'));
  });
});

describe('argument schemas of the other calls', () => {
  test('strings have maximum lengths, numbers ranges, calls an argument count', () => {
    expect(ARGUMENT_SCHEMAS.openFile(['/talks/a.md'])).toEqual(['/talks/a.md']);
    expect(() => ARGUMENT_SCHEMAS.openFile(['/'.repeat(32_768)])).toThrow('Expected a file path as text.');
    expect(() => ARGUMENT_SCHEMAS.openFile(['  '])).toThrow('Expected a file path as text.');
    expect(() => ARGUMENT_SCHEMAS.openFile(['/a.md', 'extra'])).toThrow('Expected the call to be given at most 1 arguments.');
    expect(() => ARGUMENT_SCHEMAS.getState([1])).toThrow(/at most 0 arguments/);
    expect(() => ARGUMENT_SCHEMAS.openDropped(['a.md', 'x'.repeat(5 * 1024 * 1024 + 1)])).toThrow(/at most 5 MB/);
    expect(() => ARGUMENT_SCHEMAS.removeRun(['r'.repeat(201)])).toThrow('Expected a run id.');
    expect(ARGUMENT_SCHEMAS.removeRecent([null])).toEqual([null]);
    expect(ARGUMENT_SCHEMAS.rehearsalPlan([30, 7.5])).toEqual([30, 7.5]);
    expect(() => ARGUMENT_SCHEMAS.rehearsalPlan([30, 181])).toThrow('A target must be between 1 and 180 minutes.');
    expect(() => ARGUMENT_SCHEMAS.rehearsalPlan(['10', null])).toThrow('The version must be 10, 30 or 60.');
    expect(() => ARGUMENT_SCHEMAS.setPace([Number.NaN])).toThrow(/A pace must be between 60 and 250/);
    expect(() => ARGUMENT_SCHEMAS.setSoundCue(['yes'])).toThrow(/true or false/);
  });

  test('settings changes: known keys only, values from their sets', () => {
    const change = { theme: 'dark', talkDefaults: { wpm: null, audience: 'board', lang: 'nl' } };
    expect(ARGUMENT_SCHEMAS.updateSettings([change])).toEqual([change]);
    expect(() => ARGUMENT_SCHEMAS.updateSettings([{ theme: 'dark', recentFiles: ['/etc/passwd'] }])).toThrow(
      /without the field "recentFiles"/,
    );
    expect(() => ARGUMENT_SCHEMAS.updateSettings([{ talkDefaults: { wpm: 20, audience: 'board', lang: 'nl' } }])).toThrow(
      'A speaking rate must be between 60 and 250 words per minute.',
    );
    expect(() => ARGUMENT_SCHEMAS.updateSettings([{ talkDefaults: { audience: 'board', lang: 'nl' } }])).toThrow(/speaking rate/);
  });
});
