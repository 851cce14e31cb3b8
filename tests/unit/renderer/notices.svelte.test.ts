import { beforeEach, describe, expect, test } from 'vitest';
import { Notices } from '../../../src/renderer/src/lib/state/notices.svelte';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';

beforeEach(() => {
  locale.current = 'en';
});

describe('Notices', () => {
  test('each source shows one notice; a new one replaces the old', () => {
    const notices = new Notices();
    notices.show('talk', { tone: 'warning', message: 'first' });
    notices.show('talk', { tone: 'error', message: 'second' });
    expect(notices.talk).toEqual({ tone: 'error', message: 'second' });
    expect(notices.shown).toHaveLength(1);
  });

  test("the rehearsal's notice stacks above the talk's", () => {
    const notices = new Notices();
    notices.show('talk', { tone: 'error', message: 'file' });
    notices.show('rehearsal', { tone: 'info', message: 'exported' });
    expect(notices.shown.map((shown) => shown.source)).toEqual(['rehearsal', 'talk']);
  });

  test('dismiss() hides only that source', () => {
    const notices = new Notices();
    notices.show('talk', { tone: 'error', message: 'file' });
    notices.show('rehearsal', { tone: 'info', message: 'exported' });
    notices.dismiss('rehearsal');
    expect(notices.rehearsal).toBeNull();
    expect(notices.talk?.message).toBe('file');
    notices.dismiss('talk');
    expect(notices.shown).toEqual([]);
  });

  test('showTalkError() shows the main process error with its tone; null clears it', () => {
    const notices = new Notices();
    notices.showTalkError({ code: 'not-found', message: 'talk.md is gone', params: { name: 'talk.md' } }, 'warning');
    expect(notices.talk).toEqual({ tone: 'warning', message: 'talk.md is gone' });
    notices.showTalkError(null);
    expect(notices.talk).toBeNull();
  });

  test('showTalkError() speaks Dutch in the Dutch interface when it knows the error', () => {
    locale.current = 'nl';
    const notices = new Notices();
    notices.showTalkError({ code: 'not-found', message: 'talk.md is gone', params: { name: 'talk.md' } });
    expect(notices.talk?.tone).toBe('error');
    expect(notices.talk?.message).not.toBe('talk.md is gone');
    expect(notices.talk?.message).toContain('talk.md');
  });

  test('showFailure() shows a rejected call as an error', () => {
    const notices = new Notices();
    notices.showFailure('rehearsal', new Error('disk full'));
    expect(notices.rehearsal).toEqual({ tone: 'error', message: 'disk full' });
  });
});
