import { measuredPace } from '../../../../../shared/voice';
import { FLAT_BELOW_SEMITONES } from '../flatVoice';
import { LONG_PAUSE_SECONDS } from '../timeline';
import type { RecordingAnalysis } from './analyseRecording';
import { WARNING_TEXT, type AudioWarning } from './problems';

/** A stretch of the recording, in seconds from its start. */
export interface Span {
  start: number;
  end: number;
}

/** One section's figures in `sticky voice --json`. */
export interface SectionFigures extends Span {
  id: string;
  title: string;
  words: number;
  speakingSeconds: number;
  wordsPerMinute: number | null;
  pauses: Span[];
  filledPauses: Span[];
  pitchSpreadSemitones: number | null;
  flatVoice: boolean;
}

/** What `sticky voice --json` prints: one object. */
export interface RecordingFigures {
  format: string;
  sampleRate: number;
  channels: number;
  seconds: number;
  speakingSeconds: number;
  wordsPerMinute: number | null;
  /** Every pause of a quarter second or more between speech. */
  pauses: Span[];
  /** The pauses over 2 seconds, which the rehearsal report lists. */
  longPauses: Span[];
  pitchSpreadSemitones: number | null;
  flatVoice: boolean;
  filledPauses: Span[];
  warnings: { code: AudioWarning; message: string }[];
  sections: SectionFigures[];
}

const tenth = (value: number): number => Math.round(value * 10) / 10;
const spans = (items: { at: number; seconds: number }[]): Span[] =>
  items.map((item) => ({ start: tenth(item.at), end: tenth(item.at + item.seconds) }));

/** The analysis as one plain object, seconds to tenths. */
export function recordingFigures(analysis: RecordingAnalysis): RecordingFigures {
  const sections = analysis.placements.map((placement): SectionFigures => {
    const voice = analysis.voice.sections[placement.id];
    return {
      id: placement.id,
      title: placement.title,
      start: tenth(placement.start),
      end: tenth(placement.end),
      words: placement.words,
      speakingSeconds: voice?.speaking ?? 0,
      wordsPerMinute: voice?.wpm ?? null,
      // A pause belongs to the section it starts in.
      pauses: spans(analysis.pauses.filter((pause) => pause.at >= placement.start && pause.at < placement.end)),
      filledPauses: spans(voice?.filledPauses ?? []),
      pitchSpreadSemitones: voice?.pitchSpread ?? null,
      flatVoice: voice?.flat ?? false,
    };
  });
  const all = Object.values(analysis.voice.sections);
  return {
    format: analysis.format,
    sampleRate: analysis.sampleRate,
    channels: analysis.channels,
    seconds: tenth(analysis.seconds),
    speakingSeconds: tenth(all.reduce((sum, section) => sum + section.speaking, 0)),
    wordsPerMinute: measuredPace(analysis.voice),
    pauses: sections.flatMap((section) => section.pauses),
    longPauses: spans(analysis.pauses.filter((pause) => pause.seconds > LONG_PAUSE_SECONDS)),
    pitchSpreadSemitones: analysis.pitchSpread === null ? null : tenth(analysis.pitchSpread),
    flatVoice: analysis.pitchSpread !== null && analysis.pitchSpread < FLAT_BELOW_SEMITONES,
    filledPauses: sections.flatMap((section) => section.filledPauses),
    warnings: analysis.warnings.map((code) => ({ code, message: WARNING_TEXT[code] })),
    sections,
  };
}
