/**
 * Speaking and pause time from hop-by-hop speech decisions. A silence counts as a pause only from
 * MIN_PAUSE_SECONDS on; shorter gaps (between words, in a stop consonant) are part of speaking.
 */

// 250 ms: the usual lower bound of a silent pause in pause research since Goldman-Eisler (1968);
// shorter silences are articulation (stop closures, word joins), not pausing.
/** The shortest silence that counts as a pause, in seconds. */
export const MIN_PAUSE_SECONDS = 0.25;
// Over 2 s is the "long pause": long enough for an audience to wonder what happened.
/** A pause longer than this, in seconds, is listed as a long pause. */
export const LONG_PAUSE_SECONDS = 2;

/** A pause between two stretches of speech: its start and length in seconds. */
export interface Pause {
  at: number;
  seconds: number;
}

/** Totals of speaking and pausing, and the pauses between speech, kept as hops arrive. */
export class SpeechTimeline {
  /** Seconds of speaking (short gaps included). */
  speaking = 0;
  /** Seconds of pauses (silences of MIN_PAUSE_SECONDS or more, before, between or after speech). */
  paused = 0;
  /** Every pause with speech on both sides, in order. */
  readonly pauses: Pause[] = [];
  private silenceStart: number | null = null;
  private silence = 0;
  private heardSpeech = false;

  /** Takes one hop: whether it is speech, its start time and its length, in seconds. */
  push(speech: boolean, at: number, seconds: number): void {
    if (!speech) {
      this.silenceStart ??= at;
      this.silence += seconds;
      return;
    }
    if (this.silence > 0) this.settleSilence(true);
    this.heardSpeech = true;
    this.speaking += seconds;
  }

  /** Ends the current stretch (the microphone stops, the section changes): a running silence is settled. */
  flush(): void {
    if (this.silence > 0) this.settleSilence(false);
    this.heardSpeech = false;
  }

  /** Whether the speaker is speaking now: speech, or a silence still too short to be a pause. */
  get speakingNow(): boolean {
    return this.heardSpeech && this.silence < MIN_PAUSE_SECONDS;
  }

  /** The silence running now, in seconds (0 while speaking). */
  get currentSilence(): number {
    return this.silence;
  }

  /** The pauses of more than LONG_PAUSE_SECONDS. */
  get longPauses(): Pause[] {
    return this.pauses.filter((pause) => pause.seconds > LONG_PAUSE_SECONDS);
  }

  private settleSilence(speechFollows: boolean): void {
    if (this.silence < MIN_PAUSE_SECONDS && this.heardSpeech && speechFollows) this.speaking += this.silence;
    else {
      this.paused += this.silence;
      if (this.heardSpeech && speechFollows && this.silence >= MIN_PAUSE_SECONDS) {
        this.pauses.push({ at: this.silenceStart!, seconds: this.silence });
      }
    }
    this.silence = 0;
    this.silenceStart = null;
  }
}
