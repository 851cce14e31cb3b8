import type { VoiceLive } from '../../../src/renderer/src/lib/voice/voiceCollector';
import type { RunVoice } from '../../../src/shared/voice';

/** What the test page (page.ts) offers the browser test as window.voiceTest: the rehearsal's microphone on a clock of its own. */
export interface VoiceTestPage {
  turnOn(): Promise<string | null>;
  turnOff(): Promise<void>;
  section(id: string, syllablesPerWord: number): void;
  live(): VoiceLive;
  summary(): RunVoice | null;
}
