/** A section of the talk to place along a recording. */
export interface RecordingSection {
  id: string;
  title: string;
  /** Spoken words in the section's text: its share of the talk's words is its share of the recording. */
  words: number;
  /** From the section's text (syllables.ts), to turn syllables heard into words. */
  syllablesPerWord: number;
}

/** Where a section lies along the recording, in seconds. */
export interface Placement extends RecordingSection {
  start: number;
  end: number;
}

/**
 * The sections laid end to end along `seconds` of recording, each as long as its share of the
 * talk's words (the speaker marks no section changes in a recording made elsewhere). Sections
 * without words (a video, an exercise) get no time; a talk without words is one stretch.
 */
export function placeSections(sections: RecordingSection[], seconds: number): Placement[] {
  const spoken = sections.filter((section) => section.words > 0);
  if (spoken.length === 0)
    return [
      { id: sections[0]?.id ?? 'recording', title: sections[0]?.title ?? '', words: 0, syllablesPerWord: 1.5, start: 0, end: seconds },
    ];
  const total = spoken.reduce((sum, section) => sum + section.words, 0);
  let at = 0;
  return spoken.map((section) => {
    const start = at;
    at += (section.words / total) * seconds;
    return { ...section, start, end: at };
  });
}

/** The channels averaged into one. */
export function mixDown(channels: Float32Array[], length: number): Float32Array {
  if (channels.length === 1) return channels[0]!.subarray(0, length);
  const mono = new Float32Array(length);
  for (const channel of channels) for (let i = 0; i < length; i++) mono[i]! += channel[i]! / channels.length;
  return mono;
}

// A sample at 99.9% of full scale or beyond is at the converter's limit. Audacity's "Show
// Clipping" marks every such sample; a file normalised to 0 dBFS has a handful, so more than one
// in a thousand (48 a second at 48 kHz) is asked for before a recording is called clipped.
const FULL_SCALE = 0.999;
const CLIPPED_SHARE = 0.001;

/** Counts samples at full scale, to tell a clipped recording. */
export class ClipCounter {
  private full = 0;
  private total = 0;

  /** Takes the next decoded samples, all channels. */
  count(channels: Float32Array[]): void {
    for (const channel of channels) {
      for (const sample of channel) if (sample >= FULL_SCALE || sample <= -FULL_SCALE) this.full++;
      this.total += channel.length;
    }
  }

  /** Whether so many samples were at full scale that the recording is distorted. */
  get clipped(): boolean {
    return this.total > 0 && this.full / this.total > CLIPPED_SHARE;
  }
}

const DECODER_NOISE = /^(mpg123-decoder|@wasm-audio-decoders|ogg-opus-decoder|opus-decoder)/;

/**
 * Runs a decoder step with the decoders' own console errors held back (mpg123 logs every bad frame;
 * damage is told once, in the user's words, by the analysis).
 */
export async function quietly<T>(step: () => T | Promise<T>): Promise<T> {
  const error = console.error;
  console.error = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && DECODER_NOISE.test(args[0]))) error(...args);
  };
  try {
    return await step();
  } finally {
    console.error = error;
  }
}
