import workletUrl from './captureWorklet.ts?worker&url';
import { captureErrorOf, type CaptureError } from './micErrors';

/**
 * The microphone for a rehearsal: getUserMedia (audio only) → an AudioContext → the capture
 * worklet (captureWorklet.ts), whose blocks of samples arrive here, on the page's thread, for the
 * analysis. The worklet file is bundled by Vite as a file of its own (`?worker&url`), so it loads
 * from Sticky's own origin and the CSP's script-src 'self' already allows it.
 */

// Must match CAPTURE_PROCESSOR in captureWorklet.ts (importing it would run the worklet here).
const PROCESSOR = 'sticky-capture';

/** Receives each block of mono samples with its sample rate. */
export type SamplesListener = (samples: Float32Array, sampleRate: number) => void;

/** One listening session of the microphone; start it, then stop it (a stopped capture is not restarted: make a new one). */
export class MicCapture {
  private stream: MediaStream | null = null;
  private context: AudioContext | null = null;
  private node: AudioWorkletNode | null = null;
  private stopped = false;

  /**
   * Asks for the microphone and starts listening; resolves with null once samples flow to
   * `listener`, or with why it could not (nothing is left open then).
   */
  async start(listener: SamplesListener): Promise<CaptureError | null> {
    if (!navigator.mediaDevices?.getUserMedia) return 'unavailable';
    try {
      // The voice as it is: no echo cancelling or gain riding, which would change levels and pauses.
      this.stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: false, autoGainControl: false, noiseSuppression: false },
        video: false,
      });
      if (this.stopped) throw new DOMException('Stopped while starting', 'AbortError');
      this.context = new AudioContext();
      await this.context.audioWorklet.addModule(workletUrl);
      const source = this.context.createMediaStreamSource(this.stream);
      this.node = new AudioWorkletNode(this.context, PROCESSOR, { numberOfInputs: 1, numberOfOutputs: 0, channelCount: 1 });
      this.node.port.onmessage = (event: MessageEvent<{ samples: Float32Array; sampleRate: number }>) => {
        if (!this.stopped) listener(event.data.samples, event.data.sampleRate);
      };
      source.connect(this.node);
      await this.context.resume();
      return null;
    } catch (error) {
      const reason = captureErrorOf(error);
      await this.stop();
      return reason;
    }
  }

  /** The sample rate samples arrive at, once started. */
  get sampleRate(): number | null {
    return this.context?.sampleRate ?? null;
  }

  /** Stops listening: the microphone is released (its light goes off) and the audio graph closed. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.node) {
      this.node.port.onmessage = null;
      this.node.disconnect();
      this.node = null;
    }
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    const context = this.context;
    this.context = null;
    if (context && context.state !== 'closed') await context.close();
  }
}
