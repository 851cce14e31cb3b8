import { describe, expect, test } from 'vitest';
import { ARGUMENT_SCHEMAS } from '../../../src/main/api/schemas';
import { cleanSettings } from '../../../src/main/services/settingsCheck';
import { UserError } from '../../../src/main/services/userError';
import { SETTING_CHECKS, SETTING_KEYS, SETTINGS_DEFAULTS } from '../../../src/shared/schema/settings';
import type { Settings } from '../../../src/shared/settings';

const changed: Settings = {
  recentFiles: ['/talks/a.md'],
  lastFile: '/talks/a.md',
  firstRunDone: true,
  theme: 'dark',
  paceByTalk: { '/talks/a.md': 140 },
  soundCue: true,
  microphone: true,
  keepRecording: true,
  talkDefaults: { wpm: 150, audience: 'board', lang: 'nl' },
  uiLanguage: 'nl',
  author: 'Ann',
};

describe('the settings come from one list', () => {
  test('every setting has a default that passes its own check, and a changed value is kept by the store', () => {
    expect(Object.keys(SETTINGS_DEFAULTS)).toEqual(SETTING_KEYS);
    for (const key of SETTING_KEYS) expect(SETTING_CHECKS[key](SETTINGS_DEFAULTS[key], key)).toEqual(SETTINGS_DEFAULTS[key]);
    expect(cleanSettings({ ...changed })).toEqual({ data: changed, dropped: [] });
  });

  test('updateSettings takes what the store keeps, and the store leaves out what updateSettings refuses', () => {
    const { theme, talkDefaults, uiLanguage, microphone, keepRecording, author } = changed;
    const change = { theme, talkDefaults, uiLanguage, microphone, keepRecording, author };
    expect(ARGUMENT_SCHEMAS.updateSettings([change])).toEqual([change]);
    for (const [key, value] of [
      ['theme', 'neon'],
      ['uiLanguage', 'fr'],
      ['microphone', 'yes'],
      ['author', 'x'.repeat(81)],
    ] as const) {
      expect(() => ARGUMENT_SCHEMAS.updateSettings([{ [key]: value }])).toThrow(UserError);
      expect(cleanSettings({ ...changed, [key]: value })).toEqual({ data: { ...changed, [key]: SETTINGS_DEFAULTS[key] }, dropped: [key] });
    }
    expect(() => ARGUMENT_SCHEMAS.updateSettings([{ talkDefaults: { ...talkDefaults, wpm: 20 } }])).toThrow(
      'A speaking rate must be between 60 and 250 words per minute.',
    );
    expect(cleanSettings({ ...changed, talkDefaults: { ...talkDefaults, wpm: 20 } }).dropped).toEqual(['talkDefaults.wpm']);
  });
});
