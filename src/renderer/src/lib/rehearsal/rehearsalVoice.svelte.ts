import type { OpenedTalk } from '../../../../shared/api';
import type { RunVoice } from '../../../../shared/voice';
import { withoutComments } from '../../../../shared/htmlComments';
import { t } from '../i18n.svelte';
import type { CaptureError } from '../voice/micErrors';
import { CAPTURE_ERROR_MESSAGES } from './micMessages';
import { syllablesPerWord } from '../voice/syllables';
import type { VoiceLive } from '../voice/voiceCollector';

/** What a rehearsal needs of its microphone (VoiceSession in captureSession.ts). */
export interface VoiceSource {
  section(id: string, syllablesPerWord: number): void;
  turnOn(): Promise<CaptureError | null>;
  turnOff(): Promise<void>;
  hold(paused: boolean): void;
  readonly on: boolean;
  live(): VoiceLive;
  summary(): RunVoice | null;
}

/** The saved microphone setting: main lets the microphone listen only while it is on. */
export interface MicrophoneSwitch {
  readonly microphone: boolean;
  /** Saves the setting; resolves once main knows it. */
  setMicrophone(on: boolean): Promise<void>;
}

/**
 * The microphone of one rehearsal as the screen sees it: the switch, the live figures and why it
 * could not listen. The run itself never waits for it: a refused microphone leaves key presses.
 */
export class RehearsalVoice {
  #on = $state(false);
  #live = $state.raw<VoiceLive | null>(null);
  #problem = $state<string | null>(null);
  #running = false;

  /** `syllablesPerWord` gives a section's ratio (lib/voice/syllables.ts) by its id. */
  constructor(
    private readonly source: VoiceSource,
    private readonly syllablesPerWord: (sectionId: string) => number,
    private readonly setting: MicrophoneSwitch,
  ) {
    this.#on = setting.microphone;
  }

  /** Whether the switch is on (the microphone may still be starting, or held while paused). */
  get on(): boolean {
    return this.#on;
  }
  /** The live figures while the microphone listens, else null. */
  get live(): VoiceLive | null {
    return this.#live;
  }
  /** Why the microphone could not listen, in the speaker's language, or null. */
  get problem(): string | null {
    return this.#problem;
  }

  /** The run started on a section: listens when the switch is on. */
  async started(sectionId: string): Promise<void> {
    this.#running = true;
    this.moved(sectionId);
    if (this.#on) await this.listen();
  }

  /** The speaker moved to a section. */
  moved(sectionId: string): void {
    this.source.section(sectionId, this.syllablesPerWord(sectionId));
  }

  /** The run paused (true) or resumed (false). */
  held(paused: boolean): void {
    this.source.hold(paused);
  }

  /** The run ended: the microphone is released (what it measured stays for summary()). */
  async ended(): Promise<void> {
    this.#running = false;
    this.#live = null;
    await this.source.turnOff();
  }

  /** The switch: saves the setting, then listens or stops (mid-run too; nothing measured is lost). */
  async turn(on: boolean): Promise<void> {
    this.#on = on;
    this.#problem = null;
    await this.setting.setMicrophone(on);
    if (on && !this.setting.microphone) {
      // The user did not confirm main's question: the microphone stays off, and the screen says so.
      this.#on = false;
      this.#problem = t('voice.microphoneDeclined');
      return;
    }
    if (!on) {
      this.#live = null;
      await this.source.turnOff();
    } else if (this.#running) await this.listen();
  }

  /** Reads the live figures; called on the rehearsal's clock tick. */
  tick(): void {
    this.#live = this.#on && this.source.on ? this.source.live() : null;
  }

  /** What was measured, to store with the run, or null when the microphone never listened. */
  summary(): RunVoice | null {
    return this.source.summary();
  }

  private async listen(): Promise<void> {
    const failed = await this.source.turnOn();
    if (failed === null) return;
    this.#problem = t(CAPTURE_ERROR_MESSAGES[failed]);
    this.#on = false;
  }
}

/** A section's syllables per word, from its text in the open talk (the language's default when it has none). */
export function sectionSyllablesPerWord(opened: OpenedTalk | null, sectionId: string): number {
  const lang = opened?.talk.lang ?? 'en';
  const section = opened?.talk.sections.find((candidate) => candidate.id === sectionId);
  // HTML comments carry Sticky's own markers (`<!-- minutes: 3 -->`), never spoken words.
  const text = section ? withoutComments(opened!.text.slice(section.start.offset, section.end.offset), ' ') : '';
  return syllablesPerWord(text, lang);
}
