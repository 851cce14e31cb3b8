import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { RehearsalRun } from '../../../src/shared/rehearsal';
import { RehearsalSession } from '../../../src/renderer/src/lib/rehearsal/session.svelte';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';
import { installFakeApi, rehearsalPlan, settle, type FakeApi } from './fakes';

let api: FakeApi;
let ended: RehearsalRun[];
let session: RehearsalSession;

beforeEach(() => {
  api = installFakeApi();
  ended = [];
  session = new RehearsalSession(
    rehearsalPlan(),
    () => false,
    (run) => ended.push(run),
  );
  locale.current = 'en';
});

describe('RehearsalSession keys', () => {
  test('Space starts, then moves on; Left goes back; each asks the page not to scroll', () => {
    expect(session.view.state).toBe('ready');
    expect(session.press(' ')).toBe(true);
    expect(session.view.state).toBe('running');
    expect(session.press('ArrowRight')).toBe(true);
    expect(session.view.index).toBe(1);
    expect(session.press('PageUp')).toBe(true);
    expect(session.view.index).toBe(0);
  });

  test('P pauses and resumes', () => {
    session.press(' ');
    session.press('p');
    expect(session.view.state).toBe('paused');
    session.press('P');
    expect(session.view.state).toBe('running');
  });

  test('Esc asks before ending; Esc again carries on, Enter ends', () => {
    session.press(' ');
    expect(session.press('Escape')).toBe(true);
    expect(session.confirmingEnd).toBe(true);
    session.press('Escape');
    expect(session.confirmingEnd).toBe(false);
    expect(session.view.state).toBe('running');
    session.press('Escape');
    session.press('Enter');
    expect(session.view.state).toBe('ended');
    expect(ended).toHaveLength(1);
    expect(ended[0]?.status).toBe('complete');
  });

  test('while asking, other keys do nothing', () => {
    session.press(' ');
    session.askToEnd();
    expect(session.press(' ')).toBe(false);
    expect(session.view.index).toBe(0);
  });

  test('Esc before the start does nothing', () => {
    expect(session.press('Escape')).toBe(false);
    expect(session.confirmingEnd).toBe(false);
  });

  test('onkeydown() prevents the default of the keys it used', () => {
    const event = (key: string) => ({ key, target: null, preventDefault: vi.fn() }) as unknown as KeyboardEvent;
    const space = event(' ');
    session.onkeydown(space);
    expect(space.preventDefault).toHaveBeenCalledOnce();
    const letter = event('x');
    session.onkeydown(letter);
    expect(letter.preventDefault).not.toHaveBeenCalled();
  });
});

describe('RehearsalSession saving', () => {
  test('every applied control saves the run', async () => {
    session.control('start');
    session.control('next');
    await settle();
    expect(api.saveRun).toHaveBeenCalledTimes(2);
    expect(session.run.events.map((event) => event.type)).toEqual(['start', 'next']);
    expect(session.saveError).toBeNull();
  });

  test('a failed save says so, and the next good save clears it', async () => {
    api.saveRun.mockRejectedValueOnce(new Error('disk full'));
    session.control('start');
    await settle();
    expect(session.saveError).toContain('disk full');
    session.control('next');
    await settle();
    expect(session.saveError).toBeNull();
  });
});
