/**
 * The AudioWorklet processor of the microphone capture: it runs on the audio thread, copies the
 * first input channel into blocks of CAPTURE_BLOCK samples and posts each block (transferred, not
 * copied) to the page. No analysis happens here: the audio thread must never wait.
 */

// The audio thread's globals (AudioWorkletGlobalScope), which the DOM library does not declare.
declare const sampleRate: number;
declare function registerProcessor(name: string, processor: new () => AudioWorkletProcessor): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

// 2048 samples: 43 ms at 48 kHz, so about 23 messages a second instead of one per 128-sample
// render quantum (375 a second), and still under a tenth of a second for the live figures.
const CAPTURE_BLOCK = 2048;

/** What the processor posts: a block of mono samples and the context's sample rate. */
export interface CaptureMessage {
  samples: Float32Array;
  sampleRate: number;
}

class CaptureProcessor extends AudioWorkletProcessor {
  private block = new Float32Array(CAPTURE_BLOCK);
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!channel) return true; // no input connected yet (or the track ended): keep the node alive
    let offset = 0;
    while (offset < channel.length) {
      const take = Math.min(CAPTURE_BLOCK - this.filled, channel.length - offset);
      this.block.set(channel.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === CAPTURE_BLOCK) {
        const message: CaptureMessage = { samples: this.block, sampleRate };
        this.port.postMessage(message, [this.block.buffer]);
        this.block = new Float32Array(CAPTURE_BLOCK);
        this.filled = 0;
      }
    }
    return true;
  }
}

/** The name the capture registers its processor under. */
export const CAPTURE_PROCESSOR = 'sticky-capture';

registerProcessor(CAPTURE_PROCESSOR, CaptureProcessor);
