import type { AppState, SettingsChange } from '../../../../shared/api';
import type { TalkDefaults, ThemeChoice, UiLanguage } from '../../../../shared/settings';
import { api } from '../api';
import { locale, resolveLocale } from '../i18n.svelte';
import type { Notices } from './notices.svelte';

/** The user's settings as the window shows them, and whether the settings panel is open. */
export class SettingsState {
  #theme = $state<ThemeChoice>('system');
  #talkDefaults = $state.raw<TalkDefaults>({ wpm: null, audience: 'keynote', lang: 'auto' });
  #uiLanguage = $state<UiLanguage>('system');
  #panelOpen = $state(false);
  #microphone = $state(false);
  #keepRecording = $state(false);
  #author = $state('');
  #declined = $state<'microphone' | 'keepRecording' | null>(null);

  constructor(private readonly notices: Notices) {}

  /** The colour theme: system, light or dark. */
  get theme(): ThemeChoice {
    return this.#theme;
  }

  /** The defaults for talks whose front matter leaves them out. */
  get talkDefaults(): TalkDefaults {
    return this.#talkDefaults;
  }

  /** The interface language setting (system, en or nl). */
  get uiLanguage(): UiLanguage {
    return this.#uiLanguage;
  }

  /** Whether the microphone may listen in rehearsals (off until the speaker turns it on). */
  get microphone(): boolean {
    return this.#microphone;
  }
  /** Whether a rehearsal's audio is kept as a WAV file beside the run (off until the speaker turns it on). */
  get keepRecording(): boolean {
    return this.#keepRecording;
  }
  /** The name the coach's notes and dismissals are signed with ('' until set). */
  get author(): string {
    return this.#author;
  }

  /** The capability the user last did not confirm (main asked, they said no), or null. */
  get declined(): 'microphone' | 'keepRecording' | null {
    return this.#declined;
  }

  /** Whether the settings panel is open. */
  get panelOpen(): boolean {
    return this.#panelOpen;
  }

  /** Takes the saved settings from the main process at start-up. */
  adopt(
    state: Pick<AppState, 'theme' | 'talkDefaults' | 'uiLanguage' | 'microphone'> & { author?: string; keepRecording?: boolean },
  ): void {
    this.#theme = state.theme;
    this.#microphone = state.microphone;
    this.#keepRecording = state.keepRecording ?? false;
    this.#author = state.author ?? '';
    this.#talkDefaults = state.talkDefaults;
    this.#uiLanguage = state.uiLanguage;
    locale.current = resolveLocale(state.uiLanguage);
  }

  /** Changes settings; the main process re-reads the talk when its defaults change. */
  async update(change: SettingsChange): Promise<void> {
    try {
      const saved = await api().updateSettings(change);
      this.#theme = saved.theme ?? this.#theme;
      this.#talkDefaults = saved.talkDefaults ?? this.#talkDefaults;
      this.#uiLanguage = saved.uiLanguage ?? this.#uiLanguage;
      this.#microphone = saved.microphone ?? this.#microphone;
      this.#keepRecording = saved.keepRecording ?? this.#keepRecording;
      this.#author = saved.author ?? this.#author;
      // Main asks the user before either is turned on; asked for and still off means they said no.
      if (change.microphone === true || change.keepRecording === true)
        this.#declined =
          change.microphone === true && !this.#microphone
            ? 'microphone'
            : change.keepRecording === true && !this.#keepRecording
              ? 'keepRecording'
              : null;
      locale.current = resolveLocale(this.#uiLanguage);
    } catch (error) {
      this.notices.showFailure('talk', error);
    }
  }

  /** Changes some of the talk defaults, keeping the rest. */
  updateTalkDefaults(change: Partial<TalkDefaults>): Promise<void> {
    return this.update({ talkDefaults: { ...this.#talkDefaults, ...change } });
  }

  /** Turns the microphone setting on or off (main grants the microphone only while it is on). */
  async setMicrophone(on: boolean): Promise<void> {
    await this.update({ microphone: on });
  }

  /** Opens the settings panel. */
  openPanel(): void {
    this.#panelOpen = true;
  }

  /** Closes the settings panel. */
  closePanel(): void {
    this.#panelOpen = false;
  }
}
