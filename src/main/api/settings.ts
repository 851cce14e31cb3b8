import type { ApiServices } from './services';
import type { ApiHandlers } from './types';

/** The calls that change settings. */
export type SettingsMethod = 'setTheme' | 'setSoundCue' | 'updateSettings';

/** The settings calls, given arguments that passed their schema (schemas.ts). */
export function settingsApi(services: ApiServices): ApiHandlers<SettingsMethod> {
  const { talks, settings } = services;
  return {
    updateSettings: (change) => {
      if (change.talkDefaults !== undefined) {
        const { wpm, audience, lang } = change.talkDefaults;
        settings.set('talkDefaults', { wpm: wpm === null ? null : Math.round(wpm), audience, lang });
        void talks.refresh();
      }
      if (change.theme !== undefined) settings.set('theme', change.theme);
      if (change.uiLanguage !== undefined) settings.set('uiLanguage', change.uiLanguage);
      if (change.microphone !== undefined) settings.set('microphone', change.microphone);
      if (change.keepRecording !== undefined) settings.set('keepRecording', change.keepRecording);
      if (change.author !== undefined) settings.set('author', change.author.trim());
      services.afterSettingsChange?.();
      return {
        theme: settings.get('theme'),
        talkDefaults: settings.get('talkDefaults'),
        uiLanguage: settings.get('uiLanguage'),
        microphone: settings.get('microphone'),
        keepRecording: settings.get('keepRecording'),
        author: settings.get('author'),
      };
    },
    setTheme: (theme) => {
      settings.set('theme', theme);
      return theme;
    },
    setSoundCue: (on) => {
      settings.set('soundCue', on);
      return on;
    },
  };
}
