import { VoiceSession } from '../../../src/renderer/src/lib/voice/captureSession';
import type { VoiceTestPage } from './voiceTestPage';

const started = performance.now();
const session = new VoiceSession(() => (performance.now() - started) / 1000);
const page: VoiceTestPage = {
  turnOn: () => session.turnOn(),
  turnOff: () => session.turnOff(),
  section: (id, syllablesPerWord) => session.section(id, syllablesPerWord),
  live: () => session.live(),
  summary: () => session.summary(),
};
(window as unknown as { voiceTest: VoiceTestPage }).voiceTest = page;
