import type { SectionVoice } from '../../../src/shared/voice';
import { syllablesPerWord } from '../../../src/renderer/src/lib/voice/syllables';
import { VoiceCollector } from '../../../src/renderer/src/lib/voice/voiceCollector';
import { SPEECH_RATE } from './speech';

// The worklet posts blocks of 2048 samples (captureWorklet.ts); tests feed the same.
const BLOCK = 2048;

/** Runs samples through a collector as one section of a run, in microphone-sized blocks. */
export function measureSection(samples: Float32Array, text: string, lang: 'en' | 'nl', sampleRate = SPEECH_RATE): SectionVoice {
  const collector = new VoiceCollector();
  collector.startSection('s', syllablesPerWord(text, lang));
  collector.startListening(0, sampleRate);
  for (let at = 0; at < samples.length; at += BLOCK) collector.push(samples.subarray(at, at + BLOCK));
  collector.stopListening();
  return collector.summary()!.sections['s']!;
}
