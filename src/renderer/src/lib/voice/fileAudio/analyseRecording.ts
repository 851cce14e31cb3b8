import { MAX_RECORDING_SECONDS } from '../../../../../shared/recording';
import type { RunVoice } from '../../../../../shared/voice';
import { VoiceCollector } from '../voiceCollector';
import { decoderFor, type Decoded } from './decoders';
import { probeSeconds, sniff, type AudioFormat, type Probed } from './formats';
import { AudioProblem, type AudioWarning } from './problems';
import { ClipCounter, mixDown, placeSections, quietly, type Placement, type RecordingSection } from './recordingParts';
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
}

/** What a recording's analysis found. */
export interface RecordingAnalysis {
  format: AudioFormat;
  sampleRate: number;
  channels: number;
  /** Seconds of audio decoded. */
  seconds: number;
  /** Where each section was placed along the recording. */
  placements: Placement[];
  /** The same figures a live rehearsal stores. */
  voice: RunVoice;
  /** Every pause of a quarter second or more between speech, over the whole recording. */
  pauses: { at: number; seconds: number }[];
  pitchSpread: number | null;
  warnings: AudioWarning[];
}

// Decoding and analysing three hours at 48 kHz takes about two minutes on a 2-core machine (the
// analysis runs at 0.7 s a minute of audio); 15 minutes is several times that, so only a stuck
// decoder or a far slower machine meets it.
/** The longest an analysis may take, in milliseconds. */
export const ANALYSIS_TIMEOUT_MS = 15 * 60 * 1000;
// A header that says one length while the decoded audio is over a second and 2% shorter is a file
// cut off mid-way (a copy or an upload that stopped); codecs' padding differs by far less.
const TRUNCATED_SECONDS = 1;
const TRUNCATED_SHARE = 0.02;
// A second of speech is a few syllables: less in the whole recording is no voice to coach.
const MIN_SPEAKING_SECONDS = 1;

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
  const decoder = await decoderFor(format);
  const collector = new VoiceCollector();
  const clips = new ClipCounter();
  let placements: Placement[] = [];
  let next = 0;
  let rate = 0;
  let channels = 0;
  let samples = 0;
  let bytesRead = 0;
  const take = (decoded: Decoded): void => {
    if (decoded.samplesDecoded === 0 || decoded.channelData.length === 0) return;
    if (rate === 0) {
      rate = decoded.sampleRate;
      channels = decoded.channelData.length;
      // Without a length in the header, the file's size over the bytes per second of its start.
      const total = expected ?? (decoded.samplesDecoded / rate) * (source.size / Math.max(1, bytesRead));
      placements = placeSections(sections, total);
      collector.startListening(0, rate);
    }
    clips.count(decoded.channelData);
    let mono = mixDown(decoded.channelData, decoded.samplesDecoded);
    // Past the next section's start, the samples before it go to the section before.
    while (next < placements.length && (samples + mono.length) / rate >= placements[next]!.start) {
      const split = Math.max(0, Math.round(placements[next]!.start * rate) - samples);
      collector.push(mono.subarray(0, split));
      samples += split;
      mono = mono.subarray(split);
      collector.startSection(placements[next]!.id, placements[next]!.syllablesPerWord);
      next++;
    }
    collector.push(mono);
    samples += mono.length;
    if (samples / rate > MAX_RECORDING_SECONDS) throw new AudioProblem('too-long', String(Math.round(samples / rate / 60)));
  };
  try {
    for await (const chunk of source.chunks()) {
      if (options.signal?.aborted) throw new AudioProblem('cancelled');
      if (Date.now() > deadline) throw new AudioProblem('timeout');
      bytesRead += chunk.length;
      take(await quietly(() => decoder.decode(chunk)));
      options.onProgress?.(Math.min(1, bytesRead / source.size));
      // Let a cancel, a redraw or a timer in between chunks.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (decoder.flush) take(await quietly(() => decoder.flush!()));
  } finally {
    decoder.free();
  }
  if (samples === 0) throw new AudioProblem(decoder instanceof WavDecoder || bytesRead < 1024 ? 'empty' : 'damaged');
  collector.stopListening();
  const voice = collector.summary();
  const speaking = Object.values(voice?.sections ?? {}).reduce((sum, section) => sum + section.speaking, 0);
  if (!voice || speaking < MIN_SPEAKING_SECONDS) throw new AudioProblem('silent');
  const seconds = samples / rate;
  const warnings: AudioWarning[] = [];
  if (clips.clipped) warnings.push('clipped');
  const short = probed !== null && probed.exact && probed.seconds - seconds > Math.max(TRUNCATED_SECONDS, probed.seconds * TRUNCATED_SHARE);
  const missing = decoder instanceof WavDecoder ? decoder.missingBytes > 0 : short;
  if (missing) warnings.push('truncated');
  // The last section ends where the audio does, whatever the header promised.
  placements = placements
    .filter((placement) => placement.start < seconds)
    .map((placement, index, kept) => ({ ...placement, end: index === kept.length - 1 ? seconds : placement.end }));
  return {
    format,
    sampleRate: rate,
    channels,
    seconds,
    placements,
    voice,
    pauses: collector.pauses(),
    pitchSpread: collector.overallPitchSpread(),
    warnings,
  };
}
