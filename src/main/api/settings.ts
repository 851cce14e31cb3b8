import { allowedCapabilities } from '../services/capabilities';
import type { ApiServices } from './services';
import type { ApiHandlers } from './types';

/** The calls that change settings. */
export type SettingsMethod = 'setTheme' | 'setSoundCue' | 'updateSettings';

/** The settings calls, given arguments that passed their schema (schemas.ts). */
export function settingsApi(services: ApiServices): ApiHandlers<SettingsMethod> {
  const { talks, settings } = services;
  return {
    updateSettings: async (change) => {
      // Asked first (a dialog may stay open a while); the rest of the change is saved after it.
      const capabilities = await allowedCapabilities(change, (capability) => settings.get(capability), services.confirmCapability);
      if (change.talkDefaults !== undefined) {
        const { wpm, audience, lang } = change.talkDefaults;
        settings.set('talkDefaults', { wpm: wpm === null ? null : Math.round(wpm), audience, lang });
        void talks.refresh();
      }
      if (change.theme !== undefined) settings.set('theme', change.theme);
      if (change.uiLanguage !== undefined) settings.set('uiLanguage', change.uiLanguage);
      // The microphone and keeping recordings are turned on by the user, never by the page alone.
      if (capabilities.microphone !== undefined) settings.set('microphone', capabilities.microphone);
      if (capabilities.keepRecording !== undefined) settings.set('keepRecording', capabilities.keepRecording);
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
