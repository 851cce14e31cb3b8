import { beforeEach, describe, expect, test } from 'vitest';
import { locale } from '../../../src/renderer/src/lib/i18n.svelte';
import { Notices } from '../../../src/renderer/src/lib/state/notices.svelte';
import { SettingsState } from '../../../src/renderer/src/lib/state/settings.svelte';
import { appState, installFakeApi, type FakeApi } from './fakes';

let api: FakeApi;
let notices: Notices;
let settings: SettingsState;

beforeEach(() => {
  api = installFakeApi();
  notices = new Notices();
  settings = new SettingsState(notices);
  locale.current = 'en';
});

describe('SettingsState', () => {
  test('adopt() takes the saved settings and sets the interface language', () => {
    settings.adopt(appState({ theme: 'dark', uiLanguage: 'nl', talkDefaults: { wpm: 140, audience: 'board', lang: 'nl' } }));
    expect(settings.theme).toBe('dark');
    expect(settings.talkDefaults.wpm).toBe(140);
    expect(settings.uiLanguage).toBe('nl');
    expect(locale.current).toBe('nl');
  });

  test('update() keeps what the main process saved, and switches the language with it', async () => {
    await settings.update({ theme: 'light', uiLanguage: 'nl' });
    expect(api.updateSettings).toHaveBeenCalledWith({ theme: 'light', uiLanguage: 'nl' });
    expect(settings.theme).toBe('light');
    expect(locale.current).toBe('nl');
  });

  test('the microphone is off until saved on, and setMicrophone() keeps what main saved', async () => {
    settings.adopt(appState());
    expect(settings.microphone).toBe(false);
    await settings.setMicrophone(true);
    expect(api.updateSettings).toHaveBeenCalledWith({ microphone: true });
    expect(settings.microphone).toBe(true);
    api.updateSettings.mockRejectedValueOnce(new Error('disk full'));
    await settings.setMicrophone(false);
    expect(settings.microphone).toBe(true);
    expect(notices.shown).toHaveLength(1);
  });

  test('a capability main kept off (the user said no) is named until the next request for one', async () => {
    settings.adopt(appState());
    api.updateSettings.mockResolvedValueOnce({ microphone: false });
    await settings.setMicrophone(true);
    expect([settings.microphone, settings.declined]).toEqual([false, 'microphone']);
    api.updateSettings.mockResolvedValueOnce({ keepRecording: false });
    await settings.update({ keepRecording: true });
    expect(settings.declined).toBe('keepRecording');
    await settings.setMicrophone(true);
    expect([settings.microphone, settings.declined]).toEqual([true, null]);
  });

  test('updateTalkDefaults() changes one default and keeps the others', async () => {
    settings.adopt(appState({ talkDefaults: { wpm: 140, audience: 'board', lang: 'nl' } }));
    await settings.updateTalkDefaults({ audience: 'workshop' });
    expect(api.updateSettings).toHaveBeenCalledWith({ talkDefaults: { wpm: 140, audience: 'workshop', lang: 'nl' } });
    expect(settings.talkDefaults).toEqual({ wpm: 140, audience: 'workshop', lang: 'nl' });
  });

  test('a refused change keeps the old settings and says why', async () => {
    api.updateSettings.mockRejectedValue(new Error('Words per minute must be 60 to 250.'));
    await settings.update({ theme: 'dark' });
    expect(settings.theme).toBe('system');
    expect(notices.talk).toEqual({ tone: 'error', message: 'Words per minute must be 60 to 250.' });
  });

  test('the author name comes with the saved settings and changes with an update', async () => {
    settings.adopt(appState({ author: 'Coach Kim' }));
    expect(settings.author).toBe('Coach Kim');
    api.updateSettings.mockResolvedValue({ author: 'Kim de Vries' });
    await settings.update({ author: ' Kim de Vries ' });
    expect(api.updateSettings).toHaveBeenCalledWith({ author: ' Kim de Vries ' });
    expect(settings.author).toBe('Kim de Vries');
  });

  test('the panel opens and closes', () => {
    expect(settings.panelOpen).toBe(false);
    settings.openPanel();
    expect(settings.panelOpen).toBe(true);
    settings.closePanel();
    expect(settings.panelOpen).toBe(false);
  });
});
