/** The containers and codecs told apart by their first bytes. */
export type AudioFormat = 'wav' | 'mp3' | 'flac' | 'ogg-vorbis' | 'ogg-opus';

/** Each format's name as the help and the reports write it. */
export const FORMAT_NAMES: Record<AudioFormat, string> = {
  wav: 'WAV',
  mp3: 'MP3',
  flac: 'FLAC',
  'ogg-vorbis': 'Ogg Vorbis',
  'ogg-opus': 'Ogg Opus',
};

/** What the first bytes of a file say: a format Sticky decodes, one it knows but cannot decode, or none. */
export type Sniffed = { format: AudioFormat } | { unsupported: string } | { notAudio: true };

const ascii = (bytes: Uint8Array, at: number, length: number): string => String.fromCharCode(...bytes.subarray(at, at + length));

/** The length of an ID3v2 tag at the start of an MP3 (its 10-byte header and syncsafe size), or 0. */
export function id3Length(bytes: Uint8Array): number {
  if (bytes.length < 10 || ascii(bytes, 0, 3) !== 'ID3') return 0;
  const size = ((bytes[6]! & 0x7f) << 21) | ((bytes[7]! & 0x7f) << 14) | ((bytes[8]! & 0x7f) << 7) | (bytes[9]! & 0x7f);
  return 10 + size + (bytes[5]! & 0x10 ? 10 : 0);
}

/** Whether four bytes start an MPEG audio frame (11 sync bits, a layer, a bitrate and a rate that exist). */
export function isMpegFrame(bytes: Uint8Array, at: number): boolean {
  if (at + 4 > bytes.length || bytes[at] !== 0xff || (bytes[at + 1]! & 0xe0) !== 0xe0) return false;
  const version = (bytes[at + 1]! >> 3) & 3;
  const layer = (bytes[at + 1]! >> 1) & 3;
  const bitrate = bytes[at + 2]! >> 4;
  const rate = (bytes[at + 2]! >> 2) & 3;
  return version !== 1 && layer !== 0 && bitrate !== 0 && bitrate !== 15 && rate !== 3;
}

/** The format from a file's first bytes (64 KB are plenty: an ID3 tag is skipped when it fits). */
export function sniff(head: Uint8Array): Sniffed {
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WAVE') return { format: 'wav' };
  if (head.length >= 12 && ascii(head, 0, 4) === 'RF64') return { unsupported: 'RF64 WAV' };
  if (ascii(head, 0, 4) === 'fLaC') return { format: 'flac' };
  if (ascii(head, 0, 4) === 'OggS') {
    const page = ascii(head, 0, Math.min(head.length, 128));
    if (page.includes('\x01vorbis')) return { format: 'ogg-vorbis' };
    if (page.includes('OpusHead')) return { format: 'ogg-opus' };
    return { unsupported: page.includes('Speex') ? 'Ogg Speex' : page.includes('FLAC') ? 'Ogg FLAC' : 'this Ogg codec' };
  }
  if (head.length >= 8 && ascii(head, 4, 4) === 'ftyp') return { unsupported: 'M4A/AAC (MP4)' };
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return { unsupported: 'WebM/Matroska' };
  if (ascii(head, 0, 4) === 'FORM') return { unsupported: 'AIFF' };
  if (ascii(head, 0, 4) === 'caff') return { unsupported: 'CAF' };
  if (head[0] === 0xff && (head[1]! & 0xf6) === 0xf0) return { unsupported: 'AAC (ADTS)' };
  const id3 = id3Length(head);
  if (id3 > 0 && id3 + 4 > head.length) return { format: 'mp3' };
  // An MP3 starts with a frame whose successor follows at the frame's length; a lone 0xFFE sync
  // in a text or a picture is not enough, so two frames in a row are asked for.
  if (isMpegFrame(head, id3) && mpegFrameLength(head, id3) > 0 && isMpegFrame(head, id3 + mpegFrameLength(head, id3)))
    return { format: 'mp3' };
  return { notAudio: true };
}

// MPEG-1/2 Layer III bitrates (kbit/s) and sample rates by header index (ISO/IEC 11172-3, 13818-3).
const BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const RATES = [44_100, 48_000, 32_000];

/** A Layer III frame's fields, or null for other layers (their lengths are not needed: they are rare in speech). */
function mpegFrame(bytes: Uint8Array, at: number): { length: number; rate: number; samples: number; bitrate: number } | null {
  if (!isMpegFrame(bytes, at) || ((bytes[at + 1]! >> 1) & 3) !== 1) return null;
  const version = (bytes[at + 1]! >> 3) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
  const bitrate = (version === 3 ? BITRATES_V1 : BITRATES_V2)[bytes[at + 2]! >> 4]! * 1000;
  const rate = RATES[(bytes[at + 2]! >> 2) & 3]! / (version === 3 ? 1 : version === 2 ? 2 : 4);
  const samples = version === 3 ? 1152 : 576;
  const padding = (bytes[at + 2]! >> 1) & 1;
  return { length: Math.floor((samples / 8) * (bitrate / rate)) + padding, rate, samples, bitrate };
}

function mpegFrameLength(bytes: Uint8Array, at: number): number {
  return mpegFrame(bytes, at)?.length ?? 0;
}

/** What the header says of the length: seconds, and whether it is exact (a count) or an estimate (a bitrate). */
export interface Probed {
  seconds: number;
  exact: boolean;
}

/**
 * The recording's length in seconds from its header, before anything is decoded, or null when
 * the header does not say: WAV's data size, FLAC's sample count, an Ogg stream's last granule
 * position (from `tail`, the file's last 64 KB), an MP3's Xing/Info frame count or, for a
 * constant bitrate, its size over its bitrate.
 */
export function probeSeconds(format: AudioFormat, head: Uint8Array, tail: Uint8Array, fileSize: number): Probed | null {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (format === 'flac' && head.length >= 26) {
    const rate = (view.getUint32(18) >>> 12) & 0xfffff;
    const total = (view.getUint8(21) & 0x0f) * 2 ** 32 + view.getUint32(22);
    return rate > 0 && total > 0 ? { seconds: total / rate, exact: true } : null;
  }
  if (format === 'ogg-vorbis' || format === 'ogg-opus') {
    const seconds = oggSeconds(format, head, tail);
    return seconds === null ? null : { seconds, exact: true };
  }
  if (format === 'mp3') {
    const at = id3Length(head);
    const frame = mpegFrame(head, at);
    if (!frame) return null;
    const text = ascii(head, at, Math.min(frame.length, head.length - at));
    const xing = Math.max(text.indexOf('Xing'), text.indexOf('Info'));
    if (xing >= 0 && head[at + xing + 7]! & 1) {
      const frames = new DataView(head.buffer, head.byteOffset + at + xing + 8, 4).getUint32(0);
      return { seconds: (frames * frame.samples) / frame.rate, exact: true };
    }
    return { seconds: ((fileSize - at) * 8) / frame.bitrate, exact: false };
  }
  return null;
}

/** An Ogg stream's length: the last page's granule position, at 48 kHz after Opus's pre-skip, at Vorbis's own rate. */
function oggSeconds(format: 'ogg-vorbis' | 'ogg-opus', head: Uint8Array, tail: Uint8Array): number | null {
  const text = ascii(head, 0, Math.min(head.length, 256));
  const headView = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let rate = 48_000;
  let skip = 0;
  if (format === 'ogg-opus') {
    const at = text.indexOf('OpusHead');
    if (at < 0 || at + 12 > head.length) return null;
    skip = headView.getUint16(at + 10, true);
  } else {
    const at = text.indexOf('\x01vorbis');
    if (at < 0 || at + 16 > head.length) return null;
    rate = headView.getUint32(at + 12, true);
  }
  for (let at = tail.length - 27; at >= 0; at--) {
    if (tail[at] !== 0x4f || ascii(tail, at, 4) !== 'OggS') continue;
    const view = new DataView(tail.buffer, tail.byteOffset + at, 14);
    // A page that ends no packet has granule position -1 (all bits set); it tells no length.
    if (view.getUint32(6, true) === 0xffffffff && view.getUint32(10, true) === 0xffffffff) continue;
    const granule = view.getUint32(6, true) + view.getUint32(10, true) * 2 ** 32;
    if (granule === 0) continue;
    return rate > 0 ? Math.max(0, granule - skip) / rate : null;
  }
  return null;
}

/** An MP4/M4A file's length from its movie header ('mvhd', in the first or last 64 KB), or null. */
export function mp4Seconds(head: Uint8Array, tail: Uint8Array): number | null {
  for (const bytes of [head, tail]) {
    for (let at = 0; at + 32 <= bytes.length; at++) {
      if (bytes[at] !== 0x6d || ascii(bytes, at, 4) !== 'mvhd') continue;
      const view = new DataView(bytes.buffer, bytes.byteOffset + at, bytes.length - at);
      const version = view.getUint8(4);
      const timescale = view.getUint32(version === 1 ? 24 : 16);
      const duration = version === 1 ? view.getUint32(28) * 2 ** 32 + view.getUint32(32) : view.getUint32(20);
      if (timescale > 0 && (version === 0 || at + 36 <= bytes.length)) return duration / timescale;
    }
  }
  return null;
}
