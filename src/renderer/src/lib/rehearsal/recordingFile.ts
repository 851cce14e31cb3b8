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
import { mp4Seconds, sniff } from '../voice/fileAudio/formats';
import { AudioProblem } from '../voice/fileAudio/problems';

// 256 KB per read: a few seconds of compressed audio or of 16 kHz WAV, so progress moves and a
// cancel is heard within a fraction of a second, and each IPC message stays small.
const READ_BYTES = 256 * 1024;
const END_BYTES = 64 * 1024;
// Web Audio decodes a whole file at once, to 32-bit samples per channel. At 16 kHz (decoded at that
// rate, below) 90 minutes of stereo are 690 MB: the most an M4A may take; a longer one, or one
// whose length its header does not say, is refused before decoding. Sticky plans talks of at
// most 60 minutes.
const WEB_AUDIO_MAX_SECONDS = 90 * 60;
const WEB_AUDIO_RATE = 16_000;

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

/**
 * Analyses a picked recording: WAV, MP3, Ogg Vorbis, Ogg Opus and FLAC are decoded as a stream
 * (the CLI's decoders, so app and CLI agree); M4A/AAC (MP4) with Web Audio's decodeAudioData, when
 * its header says it is at most 90 minutes long.
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
  if (!sniffed || !('unsupported' in sniffed) || !sniffed.unsupported.startsWith('M4A')) return analyseRecording(source, sections, options);
  const seconds = mp4Seconds(source.head, source.tail);
  if (seconds === null) throw new AudioProblem('unsupported', 'M4A/AAC without a length in its header');
  if (seconds > MAX_RECORDING_SECONDS) throw new AudioProblem('too-long', String(Math.round(seconds / 60)));
  if (seconds > WEB_AUDIO_MAX_SECONDS) throw new AudioProblem('m4a-too-long', String(Math.round(seconds / 60)));
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += MAX_RECORDING_READ_BYTES) {
    if (options.signal?.aborted) throw new AudioProblem('cancelled');
    bytes.set(await picked.read(at, MAX_RECORDING_READ_BYTES), at);
    options.onProgress?.((at / size) * 0.2);
  }
  let decoded: AudioBuffer;
  try {
    decoded = await new OfflineAudioContext(1, 1, WEB_AUDIO_RATE).decodeAudioData(bytes.buffer);
  } catch {
    throw new AudioProblem('damaged');
  }
  const channels = Array.from({ length: decoded.numberOfChannels }, (_, index) => decoded.getChannelData(index));
  return analyseDecoded(channels, decoded.sampleRate, sections, {
    ...options,
    onProgress: (fraction) => options.onProgress?.(0.2 + fraction * 0.8),
  });
}
