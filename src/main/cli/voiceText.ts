import { FORMAT_NAMES, type AudioFormat } from '../../renderer/src/lib/voice/fileAudio/formats';
import type { RecordingFigures } from '../../renderer/src/lib/voice/fileAudio/recordingReport';

/** m:ss, or h:mm:ss past an hour (the app's duration format). */
function clock(seconds: number): string {
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const perMinute = (count: number, seconds: number): string => (seconds > 0 ? (count / (seconds / 60)).toFixed(1) : '0');

/** `sticky voice` without --json: the rehearsal voice report's figures, in its words. */
export function formatVoiceText(file: string, figures: RecordingFigures): string {
  const lines = [
    `${file}: ${clock(figures.seconds)} of ${FORMAT_NAMES[figures.format as AudioFormat] ?? figures.format} audio`,
    `  Pace: ${figures.wordsPerMinute === null ? 'not measured (too little speech)' : `about ${figures.wordsPerMinute} words/min`}`,
    `  Speaking ${clock(figures.speakingSeconds)} · Pauses ${figures.pauses.length} (${figures.longPauses.length} over 2 seconds)`,
    `  Vocal variety ${figures.pitchSpreadSemitones === null ? 'not measured' : `${figures.pitchSpreadSemitones} semitones`}${figures.flatVoice ? ' · Flat voice: let your pitch move more' : ''}`,
    `  Filled pauses ${figures.filledPauses.length} (${perMinute(figures.filledPauses.length, figures.speakingSeconds)}/min)`,
  ];
  if (figures.longPauses.length > 0)
    lines.push(
      `  Long pauses (over 2 seconds): ${figures.longPauses.map((pause) => `${tenthText(pause.end - pause.start)} s at ${clock(pause.start)}`).join(', ')}`,
    );
  lines.push('', "  Sections (placed by their share of the talk's words):");
  for (const section of figures.sections) {
    const pace = section.wordsPerMinute === null ? '—' : `${section.wordsPerMinute} wpm`;
    const variety = section.pitchSpreadSemitones === null ? '—' : `${section.pitchSpreadSemitones} st${section.flatVoice ? ' flat' : ''}`;
    lines.push(
      `  ${clock(section.start)}–${clock(section.end)}  ${section.title || section.id}: ${pace}, pauses ${section.pauses.length}, filled ${section.filledPauses.length}, variety ${variety}`,
    );
  }
  return lines.join('\n');
}

const tenthText = (value: number): string => (Math.round(value * 10) / 10).toFixed(1);
