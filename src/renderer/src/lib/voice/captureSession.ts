import type { RunVoice } from '../../../../shared/voice';
import { MicCapture } from './capture';
import type { CaptureError } from './micErrors';
import type { RecordingBuffer } from './recording';
import { VoiceCollector, type VoiceLive } from './voiceCollector';

/**
 * The microphone of one rehearsal run: the capture and the analysis together, on the run's clock.
 * The microphone can be turned off and on, and the run paused and resumed, any number of times:
 * everything measured stays in the collector until the run is stored.
 */
export class VoiceSession {
  private readonly collector = new VoiceCollector();
  private capture: MicCapture | null = null;
  private held = false;
  private listeningRate: number | null = null;

  /**
   * `now` gives the run's time in seconds (the rehearsal timer's clock); `recording` keeps the
   * samples when the speaker keeps recordings (null: the audio is analysed and dropped).
   */
  constructor(
    private readonly now: () => number,
    private readonly recording: RecordingBuffer | null = null,
  ) {}

  /** The speaker is on a section now; `syllablesPerWord` comes from its text (syllables.ts). */
  section(id: string, syllablesPerWord: number): void {
    this.collector.startSection(id, syllablesPerWord);
  }

  /** Turns the microphone on; null when it listens, or why it cannot (the run goes on without it). */
  async turnOn(): Promise<CaptureError | null> {
    if (this.capture) return null;
    const capture = new MicCapture();
    this.capture = capture;
    const failed = await capture.start((samples, sampleRate) => this.take(samples, sampleRate));
    if (failed && this.capture === capture) this.capture = null;
    return failed;
  }

  /** Turns the microphone off: it is released, and what was measured is kept. */
  async turnOff(): Promise<void> {
    const capture = this.capture;
    this.capture = null;
    this.stopListening();
    await capture?.stop();
  }

  /** The run is paused (true) or resumed (false): while paused nothing is measured, the microphone stays open. */
  hold(paused: boolean): void {
    this.held = paused;
    if (paused) this.stopListening();
  }

  /** Whether the microphone is on (it may be held). */
  get on(): boolean {
    return this.capture !== null;
  }

  /** The live figures for the rehearsal screen. */
  live(): VoiceLive {
    return this.collector.live();
  }

  /** Everything measured, to store with the run (RehearsalRun.voice); null if the microphone never listened. */
  summary(): RunVoice | null {
    return this.collector.summary();
  }

  private take(samples: Float32Array, sampleRate: number): void {
    if (this.held || !this.capture) return;
    if (this.listeningRate !== sampleRate) {
      this.collector.startListening(this.now(), sampleRate);
      this.listeningRate = sampleRate;
    }
    this.collector.push(samples);
    this.recording?.push(samples, sampleRate);
  }

  private stopListening(): void {
    this.collector.stopListening();
    this.listeningRate = null;
  }
}
