import { FORMAT_NAMES, type AudioFormat } from './formats';
import { AudioProblem } from './problems';
import type { StreamDecoder } from './streamDecoder';
import { WavDecoder } from './wav';

/** Gives a streaming decoder for a format, or throws an AudioProblem when it has none. */
export type DecoderFor = (format: AudioFormat) => Promise<StreamDecoder>;

/** Our own WAV reader alone: what the app's page streams (it decodes the other formats with Web Audio). */
export const wavOnly: DecoderFor = async (format) => {
  if (format !== 'wav') throw new AudioProblem('unsupported', FORMAT_NAMES[format]);
  return new WavDecoder();
};
