import { describe, expect, test } from 'vitest';
import type { Capability } from '../../../src/main/services/capabilities';
import { oneAtATime } from '../../../src/main/services/capabilities';
import type { AppState } from '../../../src/shared/api';
import { tempServices } from '../../support/settings';

// Issue 21, item 8: the page asks, main asks the user, and only a yes turns a capability on.
function withAnswers(...answers: boolean[]) {
  const asked: Capability[] = [];
  const services = tempServices({
    confirmCapability: async (capability) => {
      asked.push(capability);
      return answers.shift() ?? false;
    },
  });
  return { ...services, asked };
}

describe('turning on the microphone or keeping recordings', () => {
  test('the user is asked; yes turns it on, no leaves it off', async () => {
    const { handlers: api, asked } = withAnswers(true, false);
    expect(await api.updateSettings({ microphone: true })).toMatchObject({ microphone: true });
    expect(await api.updateSettings({ keepRecording: true })).toMatchObject({ keepRecording: false });
    expect(asked).toEqual(['microphone', 'keepRecording']);
    expect(((await api.getState()) as AppState).microphone).toBe(true);
  });

  test('a no leaves the rest of the change saved', async () => {
    const { handlers: api, settings } = withAnswers(false);
    expect(await api.updateSettings({ microphone: true, author: 'Ann' })).toMatchObject({ microphone: false, author: 'Ann' });
    expect(settings.get('microphone')).toBe(false);
  });

  test('turning off, or asking for what is already on, asks nothing', async () => {
    const { handlers: api, asked, settings } = withAnswers();
    settings.set('microphone', true);
    expect(await api.updateSettings({ microphone: true, keepRecording: false })).toMatchObject({ microphone: true, keepRecording: false });
    expect(await api.updateSettings({ microphone: false })).toMatchObject({ microphone: false });
    expect(asked).toEqual([]);
  });

  test('while a question is open, the page asking again is refused without a second dialog', async () => {
    let answer: (yes: boolean) => void = () => undefined;
    let questions = 0;
    const ask = oneAtATime(async () => {
      questions++;
      return new Promise<boolean>((resolve) => (answer = resolve));
    });
    const first = ask('microphone');
    expect(await ask('microphone')).toBe(false);
    answer(true);
    expect(await first).toBe(true);
    expect(questions).toBe(1);
  });
});
