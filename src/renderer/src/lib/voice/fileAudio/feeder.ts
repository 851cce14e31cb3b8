import { MAX_RECORDING_SECONDS } from '../../../../../shared/recording';
import type { RunVoice } from '../../../../../shared/voice';
import { VoiceCollector } from '../voiceCollector';
import type { Pause } from '../timeline';
import type { Decoded } from './streamDecoder';
import { AudioProblem } from './problems';
import { ClipCounter, mixDown, placeSections, type Placement, type RecordingSection } from './recordingParts';

// A second of speech is a few syllables: less in the whole recording is no voice to coach.
const MIN_SPEAKING_SECONDS = 1;

/** What the voice analysis made of the samples fed. */
export interface FedRecording {
  sampleRate: number;
  channels: number;
  seconds: number;
  placements: Placement[];
  voice: RunVoice;
  pauses: Pause[];
  pitchSpread: number | null;
  clipped: boolean;
}

/**
 * Feeds decoded samples, mixed down to mono at their own rate (as a live microphone's are), to the
 * rehearsal's voice analysis, moving to the next section where its share of the words begins.
 */
export class RecordingFeeder {
  private readonly collector = new VoiceCollector();
  private readonly clips = new ClipCounter();
  private placements: Placement[] = [];
  private next = 0;
  private rate = 0;
  private channels = 0;
  /** Samples fed so far (per channel). */
  samples = 0;

  /**
   * `totalSeconds` gives the recording's length once the first samples are known (the header's, or
   * an estimate from how many bytes those took), to place the sections.
   */
  constructor(
    private readonly sections: RecordingSection[],
    private readonly totalSeconds: (firstSeconds: number) => number,
  ) {}

  /** Takes the next decoded samples. */
  take(decoded: Decoded): void {
    if (decoded.samplesDecoded === 0 || decoded.channelData.length === 0) return;
    if (this.rate === 0) {
      this.rate = decoded.sampleRate;
      this.channels = decoded.channelData.length;
      this.placements = placeSections(this.sections, this.totalSeconds(decoded.samplesDecoded / this.rate));
      this.collector.startListening(0, this.rate);
    }
    this.clips.count(decoded.channelData);
    let mono = mixDown(decoded.channelData, decoded.samplesDecoded);
    // Past the next section's start, the samples before it go to the section before.
    while (this.next < this.placements.length && (this.samples + mono.length) / this.rate >= this.placements[this.next]!.start) {
      const placement = this.placements[this.next]!;
      const split = Math.max(0, Math.round(placement.start * this.rate) - this.samples);
      this.collector.push(mono.subarray(0, split));
      this.samples += split;
      mono = mono.subarray(split);
      this.collector.startSection(placement.id, placement.syllablesPerWord);
      this.next++;
    }
    this.collector.push(mono);
    this.samples += mono.length;
    const seconds = this.samples / this.rate;
    if (seconds > MAX_RECORDING_SECONDS) throw new AudioProblem('too-long', String(Math.round(seconds / 60)));
  }

  /** Ends the analysis: its figures, or 'silent' when no speech was found. Call once samples were fed. */
  finish(): FedRecording {
    this.collector.stopListening();
    const voice = this.collector.summary();
    const speaking = Object.values(voice?.sections ?? {}).reduce((sum, section) => sum + section.speaking, 0);
    if (!voice || speaking < MIN_SPEAKING_SECONDS) throw new AudioProblem('silent');
    const seconds = this.samples / this.rate;
    // The last section ends where the audio does, whatever the header promised.
    const placements = this.placements
      .filter((placement) => placement.start < seconds)
      .map((placement, index, kept) => ({ ...placement, end: index === kept.length - 1 ? seconds : placement.end }));
    return {
      sampleRate: this.rate,
      channels: this.channels,
      seconds,
      placements,
      voice,
      pauses: this.collector.pauses(),
      pitchSpread: this.collector.overallPitchSpread(),
      clipped: this.clips.clipped,
    };
  }
}
