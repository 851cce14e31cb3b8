import { MAX_RECORDING_SECONDS } from '../../../../../shared/recording';
import { wavOnly, type DecoderFor } from './decoders';
import { RecordingFeeder, type FedRecording } from './feeder';
import { probeSeconds, sniff, type AudioFormat, type Probed } from './formats';
import { AudioProblem, type AudioWarning } from './problems';
import { quietly, type Placement, type RecordingSection } from './recordingParts';
import { parseWavHeader, WavDecoder } from './wav';

export type { Placement, RecordingSection };

/** A recording's bytes: its size, its first and last 64 KB, and all of it in order, chunk by chunk. */
export interface RecordingSource {
  size: number;
  head: Uint8Array;
  tail: Uint8Array;
  chunks(): AsyncIterable<Uint8Array>;
}

/** How an analysis is watched and stopped. */
export interface AnalyseOptions {
  signal?: AbortSignal;
  /** Called after every chunk with the share of the file read, 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** Wall-clock limit for decoding and analysing, in milliseconds. */
  timeoutMs?: number;
  /** The streaming decoders to use: WAV alone by default; the CLI gives wasmDecoderFor (src/main/cli/voiceDecoders.ts). */
  decoderFor?: DecoderFor;
}

/** What a recording's analysis found: the feeder's figures, the format decoded (or 'm4a' when Web Audio decoded it) and warnings. */
export type RecordingAnalysis = Omit<FedRecording, 'clipped'> & { format: AudioFormat | 'm4a'; warnings: AudioWarning[] };

// Decoding and analysing three hours at 48 kHz takes about two minutes on a 2-core machine (the
// analysis runs at 0.7 s a minute of audio); 15 minutes is several times that, so only a stuck
// decoder or a far slower machine meets it.
/** The longest an analysis may take, in milliseconds. */
export const ANALYSIS_TIMEOUT_MS = 15 * 60 * 1000;
// A header that says one length while the decoded audio is over a second and 2% shorter is a file
// cut off mid-way (a copy or an upload that stopped); codecs' padding differs by far less.
const TRUNCATED_SECONDS = 1;
const TRUNCATED_SHARE = 0.02;

/** The seconds the header promises, or null when it does not say. */
function expectedSeconds(format: AudioFormat, source: RecordingSource): Probed | null {
  if (format !== 'wav') return probeSeconds(format, source.head, source.tail, source.size);
  const header = parseWavHeader(source.head);
  if (!header) return null;
  const { channels, bitsPerSample, sampleRate, dataBytes } = header.format;
  const open = dataBytes === 0 || dataBytes === 0xffffffff;
  return { seconds: (open ? source.size - header.dataAt : dataBytes) / ((channels * bitsPerSample) / 8) / sampleRate, exact: !open };
}

/**
 * Decodes a recording chunk by chunk, mixes it down to mono and feeds it at its own sample rate
 * (as a live microphone is) to the rehearsal's voice analysis, with the sections placed along it
 * by their share of the talk's words. Refuses, with an AudioProblem, what is not audio, a codec it
 * cannot decode, a recording over three hours (from its header, before decoding), an empty or
 * silent one; warns of clipping and of a file cut off.
 */
export async function analyseRecording(
  source: RecordingSource,
  sections: RecordingSection[],
  options: AnalyseOptions = {},
): Promise<RecordingAnalysis> {
  if (source.size === 0) throw new AudioProblem('empty');
  const sniffed = sniff(source.head);
  if ('notAudio' in sniffed) throw new AudioProblem('not-audio');
  if ('unsupported' in sniffed) throw new AudioProblem('unsupported', sniffed.unsupported);
  const format = sniffed.format;
  const probed = expectedSeconds(format, source);
  const expected = probed?.seconds ?? null;
  if (expected !== null && expected > MAX_RECORDING_SECONDS) throw new AudioProblem('too-long', String(Math.round(expected / 60)));
  const deadline = Date.now() + (options.timeoutMs ?? ANALYSIS_TIMEOUT_MS);
  const decoder = await (options.decoderFor ?? wavOnly)(format);
  let bytesRead = 0;
  // Without a length in the header, the file's size over the bytes per second of its start.
  const feeder = new RecordingFeeder(sections, (first) => expected ?? first * (source.size / Math.max(1, bytesRead)));
  try {
    for await (const chunk of source.chunks()) {
      checkStop(options, deadline);
      bytesRead += chunk.length;
      feeder.take(await quietly(() => decoder.decode(chunk)));
      options.onProgress?.(Math.min(1, bytesRead / source.size));
      await breath();
    }
    if (decoder.flush) feeder.take(await quietly(() => decoder.flush!()));
  } finally {
    decoder.free();
  }
  if (feeder.samples === 0) throw new AudioProblem(decoder instanceof WavDecoder || bytesRead < 1024 ? 'empty' : 'damaged');
  const fed = feeder.finish();
  const short =
    probed !== null && probed.exact && probed.seconds - fed.seconds > Math.max(TRUNCATED_SECONDS, probed.seconds * TRUNCATED_SHARE);
  return analysisOf(format, fed, decoder instanceof WavDecoder ? decoder.missingBytes > 0 : short);
}

/** Throws 'cancelled' or 'timeout' when the analysis must stop. */
function checkStop(options: AnalyseOptions, deadline: number): void {
  if (options.signal?.aborted) throw new AudioProblem('cancelled');
  if (Date.now() > deadline) throw new AudioProblem('timeout');
}

/** Lets a cancel, a redraw or a timer in between chunks. */
const breath = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The analysis of what the feeder took: a clipped or cut-off recording is said in its warnings. */
function analysisOf(format: RecordingAnalysis['format'], { clipped, ...fed }: FedRecording, truncated = false): RecordingAnalysis {
  const warnings: AudioWarning[] = [...(clipped ? ['clipped' as const] : []), ...(truncated ? ['truncated' as const] : [])];
  return { format, ...fed, warnings };
}

// Samples decoded whole (by Web Audio) are fed a second at a time, as a stream's chunks would be.
const SLICE_SECONDS = 1;

/**
 * The same analysis of samples already decoded (the app decodes MP3, Ogg, FLAC and M4A/AAC with
 * Web Audio's decodeAudioData): channels at `sampleRate`, with progress, cancel and the time limit.
 */
export async function analyseDecoded(
  channels: Float32Array[],
  sampleRate: number,
  format: RecordingAnalysis['format'],
  sections: RecordingSection[],
  options: AnalyseOptions = {},
): Promise<RecordingAnalysis> {
  const length = channels[0]?.length ?? 0;
  if (length === 0) throw new AudioProblem('empty');
  const deadline = Date.now() + (options.timeoutMs ?? ANALYSIS_TIMEOUT_MS);
  const feeder = new RecordingFeeder(sections, () => length / sampleRate);
  const slice = Math.round(SLICE_SECONDS * sampleRate);
  for (let at = 0; at < length; at += slice) {
    checkStop(options, deadline);
    const end = Math.min(length, at + slice);
    feeder.take({ channelData: channels.map((channel) => channel.subarray(at, end)), samplesDecoded: end - at, sampleRate });
    options.onProgress?.(end / length);
    await breath();
  }
  return analysisOf(format, feeder.finish());
}
