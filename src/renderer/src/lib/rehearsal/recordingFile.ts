import { MAX_RECORDING_READ_BYTES } from '../../../../shared/recordingFile';
import { MAX_RECORDING_SECONDS } from '../../../../shared/recording';
import { api } from '../api';
import {
  analyseDecoded,
  analyseRecording,
  type AnalyseOptions,
  type RecordingAnalysis,
  type RecordingSection,
  type RecordingSource,
} from '../voice/fileAudio/analyseRecording';
import { FORMAT_NAMES, mp4Seconds, probeSeconds, sniff, type Sniffed } from '../voice/fileAudio/formats';
import { AudioProblem } from '../voice/fileAudio/problems';

// 256 KB per read: a few seconds of compressed audio or of 16 kHz WAV, so progress moves and a
// cancel is heard within a fraction of a second, and each IPC message stays small.
const READ_BYTES = 256 * 1024;
const END_BYTES = 64 * 1024;
// Web Audio decodes a whole file at once, to 32-bit samples per channel, here at 16 kHz (the rate
// kept recordings have, which keeps every speech formant): 90 minutes of stereo are then 690 MB,
// the most a compressed recording may take in the app. A longer one is refused from its header,
// before decoding (WAV is streamed up to 3 hours; `sticky voice` streams every format). Sticky
// plans talks of at most 60 minutes.
const WEB_AUDIO_MAX_SECONDS = 90 * 60;
const WEB_AUDIO_RATE = 16_000;
// decodeAudioData cannot be stopped; past this the analysis stops waiting for it (a 90-minute MP3
// decodes in seconds).
const WEB_AUDIO_TIMEOUT_MS = 5 * 60 * 1000;

/** Decodes base64 from main into bytes. */
function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The recording main opened, read through IPC by its token. */
export function pickedSource(
  token: string,
  size: number,
): { read: (offset: number, length: number) => Promise<Uint8Array>; source: () => Promise<RecordingSource> } {
  const read = async (offset: number, length: number): Promise<Uint8Array> =>
    length <= 0 ? new Uint8Array(0) : fromBase64(await api().readRecording(token, offset, Math.min(length, MAX_RECORDING_READ_BYTES)));
  return {
    read,
    source: async () => ({
      size,
      head: await read(0, Math.min(size, END_BYTES)),
      tail: await read(Math.max(0, size - END_BYTES), Math.min(size, END_BYTES)),
      async *chunks() {
        for (let at = 0; at < size; at += READ_BYTES) {
          const chunk = await read(at, READ_BYTES);
          if (chunk.length === 0) return;
          yield chunk;
        }
      },
    }),
  };
}

/** The length a compressed recording's header gives, or null. */
function headerSeconds(sniffed: Sniffed, source: RecordingSource): number | null {
  if ('format' in sniffed) return probeSeconds(sniffed.format, source.head, source.tail, source.size)?.seconds ?? null;
  return 'unsupported' in sniffed && sniffed.unsupported.startsWith('M4A') ? mp4Seconds(source.head, source.tail) : null;
}

/**
 * Analyses a picked recording. WAV is streamed through our own reader (up to 3 hours, in bounded
 * memory); MP3, Ogg Vorbis, Ogg Opus, FLAC and M4A/AAC (MP4) are decoded whole by Web Audio's
 * decodeAudioData at 16 kHz, when their header says they are at most 90 minutes long (the page's
 * Content-Security-Policy lets no WebAssembly decoder run here).
 */
export async function analysePicked(
  token: string,
  size: number,
  sections: RecordingSection[],
  options: AnalyseOptions,
): Promise<RecordingAnalysis> {
  const picked = pickedSource(token, size);
  const source = await picked.source();
  const sniffed = size > 0 ? sniff(source.head) : null;
  const m4a = sniffed !== null && 'unsupported' in sniffed && sniffed.unsupported.startsWith('M4A');
  if (!sniffed || (!m4a && !('format' in sniffed)) || ('format' in sniffed && sniffed.format === 'wav'))
    return analyseRecording(source, sections, options);
  const seconds = headerSeconds(sniffed, source);
  const name = 'format' in sniffed ? FORMAT_NAMES[sniffed.format] : 'M4A/AAC';
  if (seconds === null) throw new AudioProblem('unsupported', `${name} without a length in its header`);
  if (seconds > MAX_RECORDING_SECONDS) throw new AudioProblem('too-long', String(Math.round(seconds / 60)));
  if (seconds > WEB_AUDIO_MAX_SECONDS) throw new AudioProblem('long-compressed', String(Math.round(seconds / 60)));
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += MAX_RECORDING_READ_BYTES) {
    if (options.signal?.aborted) throw new AudioProblem('cancelled');
    bytes.set(await picked.read(at, MAX_RECORDING_READ_BYTES), at);
    options.onProgress?.((at / size) * 0.2);
  }
  const decoded = await decodeWhole(bytes);
  if (options.signal?.aborted) throw new AudioProblem('cancelled');
  const channels = Array.from({ length: decoded.numberOfChannels }, (_, index) => decoded.getChannelData(index));
  return analyseDecoded(channels, decoded.sampleRate, 'format' in sniffed ? sniffed.format : 'm4a', sections, {
    ...options,
    onProgress: (fraction) => options.onProgress?.(0.2 + fraction * 0.8),
  });
}

/** Web Audio's decoding of a whole file at 16 kHz: 'damaged' when it cannot, 'timeout' when it takes too long. */
async function decodeWhole(bytes: Uint8Array): Promise<AudioBuffer> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new AudioProblem('timeout')), WEB_AUDIO_TIMEOUT_MS)));
  try {
    return await Promise.race([
      new OfflineAudioContext(1, 1, WEB_AUDIO_RATE).decodeAudioData(bytes.buffer as ArrayBuffer).catch(() => {
        throw new AudioProblem('damaged');
      }),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
