import { MAX_VOICE_POINTS, type SectionVoice } from '../../../../shared/voice';
import type { FilledPause } from './filledPauses';
import { pitchSpread } from './pitch';
import { SpeechTimeline } from './timeline';

// Below 1.5 s of listening (a short phrase, about 6 syllables) a pace says nothing. Stretches
// shorter than 5 s used to show nothing at all; a phrase's pace is rough (one syllable more or
// less moves a 2 s phrase by 10%) but it is a figure, and it joins the section's running one.
const MIN_SECONDS_FOR_PACE = 1.5;

/** The pace in words per minute for syllables heard over seconds of listening, or null for too little. */
export function paceOf(syllables: number, syllablesPerWord: number, seconds: number): number | null {
  if (seconds < MIN_SECONDS_FOR_PACE) return null;
  return syllables / syllablesPerWord / (seconds / 60);
}

/** What one section's listening adds up to (all its visits, with the microphone on). */
export class SectionTally {
  /** Seconds the microphone listened here. */
  listened = 0;
  /** Syllable nuclei heard here. */
  syllables = 0;
  /** Filled pauses heard here (their syllables are not counted). */
  readonly filledPauses: FilledPause[] = [];
  /** Voiced frames' pitch in semitones. */
  readonly semitones: number[] = [];
  /** Speaking and pauses; a new timeline for each visit, folded in when the visit ends. */
  timeline = new SpeechTimeline();
  private speakingBefore = 0;
  private pausedBefore = 0;
  private readonly longPausesBefore: { at: number; seconds: number }[] = [];

  constructor(readonly syllablesPerWord: number) {}

  /** Ends a visit or a stretch of listening: the running silence is settled and kept. */
  close(): void {
    this.timeline.flush();
    this.speakingBefore += this.timeline.speaking;
    this.pausedBefore += this.timeline.paused;
    this.longPausesBefore.push(...this.timeline.longPauses);
    this.timeline = new SpeechTimeline();
  }

  /** The pace so far, or null. */
  get wpm(): number | null {
    return paceOf(this.syllables, this.syllablesPerWord, this.listened);
  }

  /** Plain data for the run, with the running stretch counted as it stands. */
  summary(flatBelow: number): SectionVoice {
    const spread = pitchSpread(this.semitones);
    const wpm = this.wpm;
    return {
      listened: round(this.listened),
      speaking: round(this.speakingBefore + this.timeline.speaking),
      paused: round(this.pausedBefore + this.timeline.paused + this.timeline.currentSilence),
      wpm: wpm === null ? null : Math.round(wpm),
      longPauses: [...this.longPausesBefore, ...this.timeline.longPauses].slice(0, MAX_VOICE_POINTS).map((pause) => ({
        at: round(pause.at),
        seconds: round(pause.seconds),
      })),
      filledPauses: this.filledPauses.slice(0, MAX_VOICE_POINTS).map((pause) => ({ at: round(pause.at), seconds: round(pause.seconds) })),
      pitchSpread: spread === null ? null : round(spread),
      flat: spread !== null && spread < flatBelow,
    };
  }
}

/** Rounds seconds to tenths for storage. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
