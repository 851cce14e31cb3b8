import { MAX_VOICE_POINTS, type PacePoint, type RunVoice } from '../../../../shared/voice';
import { FLAT_BELOW_SEMITONES } from './flatVoice';
import { ActivityDetector, HOP_SECONDS, levelDb } from './activity';
import { brightnessDb, FilledPauseFinder, MIN_CLARITY as PERIODIC_CLARITY, type FilledPause } from './filledPauses';
import { NucleusFinder } from './nuclei';
import { isVoiced, MIN_CLARITY, PitchTracker, pitchSpread, pitchWindowSize, semitones } from './pitch';
import { paceOf, SectionTally } from './sectionTally';
import { SpeechTimeline, type Pause } from './timeline';

/** What the rehearsal screen shows while the microphone listens. */
export interface VoiceLive {
  listening: boolean;
  /** The level, 0 (-60 dBFS or less) to 1 (0 dBFS), held at peaks and falling back slowly, for a level meter. */
  level: number;
  /** Speaking now, or pausing. */
  speaking: boolean;
  /** Estimated words per minute so far in the current section, or null until enough was heard. */
  sectionWpm: number | null;
}

// Every word has a syllable; no language's running text averages over 4 per word (Dutch and
// English are near 1.5). Outside that the section's ratio is a mistake, not a measurement.
const MAX_SYLLABLES_PER_WORD = 4;
// Pitch every second hop (20 ms) with sound in it, held for the hop between: enough frames for a
// spread, for the voicing of syllable nuclei (checked within 20 ms, nuclei.ts) and for filled
// pauses; analysing every hop cost three times the time for no better pace on speech-dev.
const PITCH_EVERY_HOPS = 2;
const UNVOICED = { hz: null, clarity: 0 } as const;
// Nuclei kept to take back: a filled pause ends at most a few seconds after its nuclei (it is
// reported 100 ms after it ends, filledPauses.ts), and speech has at most 16 nuclei a second.
const MAX_RECENT_NUCLEI = 64;
// The pace chart gets a point every 10 s, averaged over the last 30 s of listening: one point per
// sentence or two is as fine as a pace can be told, and 30 s smooths single phrases.
const PACE_STEP_SECONDS = 10;
const PACE_WINDOW_STEPS = 3;
// The level meter spans 60 dB, the range between a quiet room and a full-scale signal.
const METER_RANGE_DB = 60;
// The meter holds peaks and falls back 20 dB a second: like a broadcast peak programme meter
// (IEC 60268-10), which falls back more slowly, so it reads calmly, yet it follows phrases.
const METER_FALL_DB_PER_HOP = 20 * HOP_SECONDS;

/**
 * Turns microphone samples into a rehearsal's voice figures, section by section. Time is the
 * run's own clock in seconds; the microphone may stop and start again at any time, and what was
 * measured before stays.
 */
export class VoiceCollector {
  private readonly tallies = new Map<string, SectionTally>();
  private readonly pace: PacePoint[] = [];
  private section: { id: string; tally: SectionTally } | null = null;
  private listening: {
    hopSize: number;
    at: number;
    pending: Float32Array;
    pendingLength: number;
    ring: Float32Array;
    ringAt: number;
    hops: number;
    activity: ActivityDetector;
    nuclei: NucleusFinder;
    /** Run times of the nuclei counted in the last seconds, to take back those a filled pause held. */
    recentNuclei: number[];
    fillers: FilledPauseFinder;
    pitch: PitchTracker;
    /** The last pitch analysis, held for the hop between two. */
    lastPitch: { hz: number | null; clarity: number };
  } | null = null;
  private meterDb = -Infinity;
  private paceBuckets: { words: number; seconds: number }[] = [{ words: 0, seconds: 0 }];
  /** Speaking and pauses over everything heard, across sections (a recording's analysis lists its pauses). */
  private readonly overall = new SpeechTimeline();

  constructor(private readonly flatBelow = FLAT_BELOW_SEMITONES) {}

  /** The speaker moved to a section (or started the run); its text's syllables per word turns syllables into words. */
  startSection(id: string, syllablesPerWord: number): void {
    this.section?.tally.close();
    let tally = this.tallies.get(id);
    if (!tally) {
      tally = new SectionTally(Number.isFinite(syllablesPerWord) ? Math.min(MAX_SYLLABLES_PER_WORD, Math.max(1, syllablesPerWord)) : 1.5);
      this.tallies.set(id, tally);
    }
    this.section = { id, tally };
  }

  /** The microphone started at run time `at` (seconds) with this sample rate. */
  startListening(at: number, sampleRate: number): void {
    this.stopListening();
    const windowSize = pitchWindowSize(sampleRate);
    const hopSize = Math.round(sampleRate * HOP_SECONDS);
    this.listening = {
      hopSize,
      at,
      pending: new Float32Array(hopSize),
      pendingLength: 0,
      ring: new Float32Array(windowSize),
      ringAt: 0,
      hops: 0,
      activity: new ActivityDetector(),
      // A pitch window ending with a hop is centred half a window, less that hop, behind it.
      nuclei: new NucleusFinder(Math.round(windowSize / 2 / hopSize - 1)),
      recentNuclei: [],
      fillers: new FilledPauseFinder(),
      pitch: new PitchTracker(windowSize, sampleRate),
      lastPitch: UNVOICED,
    };
  }

  /** The microphone stopped: the running silence is settled; everything measured is kept. */
  stopListening(): void {
    const filler = this.listening?.fillers.end();
    if (filler) this.fillerHeard(filler);
    this.section?.tally.close();
    this.listening = null;
    this.meterDb = -Infinity;
  }

  /** Takes the next samples from the microphone, in order. */
  push(samples: Float32Array): void {
    const state = this.listening;
    if (!state) return;
    let offset = 0;
    while (offset < samples.length) {
      const take = Math.min(state.hopSize - state.pendingLength, samples.length - offset);
      state.pending.set(samples.subarray(offset, offset + take), state.pendingLength);
      state.pendingLength += take;
      offset += take;
      if (state.pendingLength === state.hopSize) {
        this.hop(state.pending);
        state.pendingLength = 0;
      }
    }
  }

  private hop(hopSamples: Float32Array): void {
    const state = this.listening!;
    for (const sample of hopSamples) {
      state.ring[state.ringAt] = sample;
      state.ringAt = (state.ringAt + 1) % state.ring.length;
    }
    const at = state.at + state.hops * HOP_SECONDS;
    state.hops++;
    const db = levelDb(hopSamples);
    this.meterDb = Math.max(db, this.meterDb - METER_FALL_DB_PER_HOP);
    const speech = state.activity.push(db);
    // Pitch only where a nucleus could be: silence and the room have none.
    const audible = state.activity.audible(db);
    if (!audible) state.lastPitch = UNVOICED;
    else if (state.hops % PITCH_EVERY_HOPS === 0) state.lastPitch = state.pitch.analyse(this.pitchWindow(state));
    const pitch = state.lastPitch;
    const peak = state.nuclei.push(db, isVoiced(pitch), audible, state.activity.voice);
    const filler = state.fillers.push({
      at,
      db,
      periodic: pitch.clarity >= PERIODIC_CLARITY,
      semitone: pitch.hz === null ? null : semitones(pitch.hz),
      brightness: brightnessDb(hopSamples),
    });
    this.overall.push(speech, at, HOP_SECONDS);
    const tally = this.section?.tally;
    if (!tally) return;
    tally.listened += HOP_SECONDS;
    tally.timeline.push(speech, at, HOP_SECONDS);
    if (peak !== null) {
      tally.syllables++;
      state.recentNuclei.push(state.at + peak * HOP_SECONDS);
      if (state.recentNuclei.length > MAX_RECENT_NUCLEI) state.recentNuclei.shift();
    }
    if (filler) this.fillerHeard(filler);
    if (speech && state.hops % PITCH_EVERY_HOPS === 0 && pitch.hz !== null && pitch.clarity >= MIN_CLARITY) {
      tally.semitones.push(semitones(pitch.hz));
    }
    this.trackPace(at + HOP_SECONDS, peak !== null ? 1 / tally.syllablesPerWord : 0);
  }

  /** A filled pause was heard: it is listed, and the syllables counted in it are taken back. */
  private fillerHeard(filler: FilledPause): void {
    const tally = this.section?.tally;
    if (!tally) return;
    tally.filledPauses.push(filler);
    const recent = this.listening?.recentNuclei ?? [];
    const inside = recent.filter((at) => at >= filler.at && at <= filler.at + filler.seconds).length;
    tally.syllables = Math.max(0, tally.syllables - inside);
    const bucket = this.paceBuckets[this.paceBuckets.length - 1]!;
    bucket.words = Math.max(0, bucket.words - inside / tally.syllablesPerWord);
  }

  /** The last pitch window's samples, oldest first. */
  private pitchWindow(state: { ring: Float32Array; ringAt: number }): Float32Array {
    const window = new Float32Array(state.ring.length);
    window.set(state.ring.subarray(state.ringAt));
    window.set(state.ring.subarray(0, state.ringAt), state.ring.length - state.ringAt);
    return window;
  }

  private trackPace(at: number, wordsHeard: number): void {
    const bucket = this.paceBuckets[this.paceBuckets.length - 1]!;
    bucket.words += wordsHeard;
    bucket.seconds += HOP_SECONDS;
    if (bucket.seconds < PACE_STEP_SECONDS - HOP_SECONDS / 2) return;
    const recent = this.paceBuckets.slice(-PACE_WINDOW_STEPS);
    const words = recent.reduce((sum, item) => sum + item.words, 0);
    const seconds = recent.reduce((sum, item) => sum + item.seconds, 0);
    const wpm = paceOf(words, 1, seconds);
    if (wpm !== null && this.section && this.pace.length < MAX_VOICE_POINTS)
      this.pace.push({ at: Math.round(at), sectionId: this.section.id, wpm: Math.round(wpm) });
    this.paceBuckets = [...recent.slice(1 - PACE_WINDOW_STEPS), { words: 0, seconds: 0 }];
  }

  /** The live figures. */
  live(): VoiceLive {
    const tally = this.section?.tally;
    const wpm = tally?.wpm ?? null;
    return {
      listening: this.listening !== null,
      level: Math.min(1, Math.max(0, 1 + this.meterDb / METER_RANGE_DB)),
      speaking: this.listening !== null && (tally?.timeline.speakingNow ?? false),
      sectionWpm: wpm === null ? null : Math.round(wpm),
    };
  }

  /** The pitch spread over every section heard, in semitones, or null with too little voiced speech. */
  overallPitchSpread(): number | null {
    return pitchSpread([...this.tallies.values()].flatMap((tally) => tally.semitones));
  }

  /** Every pause of a quarter second or more between speech over all the listening, section changes or not. */
  pauses(): Pause[] {
    return [...this.overall.pauses];
  }

  /** Everything measured so far, as plain data to store with the run; null if the microphone never listened. */
  summary(): RunVoice | null {
    const sections = Object.fromEntries(
      [...this.tallies].filter(([, tally]) => tally.listened > 0).map(([id, tally]) => [id, tally.summary(this.flatBelow)]),
    );
    if (Object.keys(sections).length === 0) return null;
    return { sections, pace: [...this.pace] };
  }
}
