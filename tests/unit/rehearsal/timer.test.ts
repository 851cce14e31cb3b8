import { describe, expect, test } from 'vitest';
import type { RehearsalPlan } from '../../../src/shared/rehearsal';
import { RehearsalTimer } from '../../../src/renderer/src/lib/rehearsal/rehearsalTimer';

/** A plan of three sections: 60 s, 120 s and 60 s against a 4-minute target. */
const plan: RehearsalPlan = {
  talkKey: '/talks/t.md',
  talkTitle: 'T',
  variant: 10,
  target: 240,
  sections: [
    { id: 'a', title: 'A', budget: 60, words: 130, fixed: false, prompt: 'First.' },
    { id: 'b', title: 'B', budget: 120, words: 260, fixed: false, prompt: 'Second.' },
    { id: 'c', title: 'C', budget: 60, words: 130, fixed: false, prompt: 'Third.' },
  ],
};
const s = (seconds: number): number => seconds * 1000;

describe('RehearsalTimer with a fake clock', () => {
  test('ready until started; controls before start are ignored', () => {
    const timer = new RehearsalTimer(plan);
    expect(timer.apply({ type: 'next', at: 0 })).toBe(false);
    expect(timer.view(s(30))).toMatchObject({ state: 'ready', elapsed: 0, remaining: 240, cue: 'on-track' });
  });

  test('budgets, countdown, cue at 80% and 100%, next title', () => {
    const timer = new RehearsalTimer(plan);
    timer.apply({ type: 'start', at: s(10) });
    expect(timer.view(s(10 + 30))).toMatchObject({
      state: 'running',
      index: 0,
      elapsed: 30,
      remaining: 210,
      sectionRemaining: 30,
      cue: 'on-track',
      nextTitle: 'B',
      behind: 0,
    });
    expect(timer.view(s(10 + 48)).cue).toBe('tight'); // 80% of 60 s
    expect(timer.view(s(10 + 47.9)).cue).toBe('on-track');
    expect(timer.view(s(10 + 60)).cue).toBe('over');
    expect(timer.view(s(10 + 75))).toMatchObject({ behind: 15, sectionRemaining: -15 });
  });

  test('ahead and behind against the cumulative budget', () => {
    const timer = new RehearsalTimer(plan);
    timer.apply({ type: 'start', at: 0 });
    timer.apply({ type: 'next', at: s(50) }); // A: 10 s under
    expect(timer.view(s(50))).toMatchObject({ index: 1, behind: -10, sectionElapsed: 0 });
    timer.apply({ type: 'next', at: s(50 + 150) }); // B: 30 s over
    expect(timer.view(s(200))).toMatchObject({ index: 2, behind: 20, nextTitle: null });
  });

  test('a pause for questions does not count', () => {
    const timer = new RehearsalTimer(plan);
    timer.apply({ type: 'start', at: 0 });
    timer.apply({ type: 'pause', at: s(20) });
    expect(timer.view(s(500))).toMatchObject({ state: 'paused', elapsed: 20, sectionElapsed: 20 });
    expect(timer.apply({ type: 'next', at: s(500) })).toBe(false); // resume first
    timer.apply({ type: 'resume', at: s(500) });
    expect(timer.view(s(510))).toMatchObject({ state: 'running', elapsed: 30 });
  });

  test('back and forth: time spent again in a section adds to it', () => {
    const timer = new RehearsalTimer(plan);
    timer.apply({ type: 'start', at: 0 });
    timer.apply({ type: 'next', at: s(40) });
    timer.apply({ type: 'previous', at: s(70) });
    expect(timer.apply({ type: 'previous', at: s(70) })).toBe(false); // already at the first
    timer.apply({ type: 'next', at: s(80) });
    const view = timer.view(s(100));
    expect(view.sections.map((section) => section.actual)).toEqual([50, 50, 0]);
    expect(view.sections.map((section) => section.reached)).toEqual([true, true, false]);
  });

  test('ending early and ending late', () => {
    const early = new RehearsalTimer(plan);
    early.apply({ type: 'start', at: 0 });
    early.apply({ type: 'end', at: s(45) });
    expect(early.view(s(1000))).toMatchObject({ state: 'ended', elapsed: 45, remaining: 195 });
    expect(early.apply({ type: 'resume', at: s(1000) })).toBe(false);

    const late = new RehearsalTimer(plan);
    late.apply({ type: 'start', at: 0 });
    late.apply({ type: 'next', at: s(90) });
    late.apply({ type: 'next', at: s(250) });
    late.apply({ type: 'end', at: s(330) });
    expect(late.view(s(400))).toMatchObject({ elapsed: 330, remaining: -90, behind: 90 });
  });

  test('a run rebuilt from its persisted events after a crash shows the same state', () => {
    const timer = new RehearsalTimer(plan);
    timer.apply({ type: 'start', at: s(5) });
    timer.apply({ type: 'next', at: s(65) });
    timer.apply({ type: 'pause', at: s(80) });
    const recovered = new RehearsalTimer(plan, JSON.parse(JSON.stringify(timer.events)));
    expect(recovered.view(s(900))).toEqual(timer.view(s(900)));
    expect(recovered.view(s(900)).sections.map((section) => section.actual)).toEqual([60, 15, 0]);
  });

  test('the display never drifts: any moment is computed from the clock, not from ticks', () => {
    const timer = new RehearsalTimer(plan);
    timer.apply({ type: 'start', at: 0 });
    // A window hidden for ten minutes renders once, late: the time is simply right.
    expect(timer.view(s(600)).elapsed).toBe(600);
    expect(timer.view(s(600.25)).elapsed).toBeCloseTo(600.25);
  });
});
