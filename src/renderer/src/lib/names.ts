import type { BlindSpotId, PrincipleId } from '../../../shared/analysis';

/** Display names of the SUCCESs principles. */
export const PRINCIPLE_NAMES: Record<PrincipleId, string> = {
  simple: 'Simple',
  unexpected: 'Unexpected',
  concrete: 'Concrete',
  credible: 'Credible',
  emotional: 'Emotional',
  stories: 'Stories',
};

/** Display names of the six blind spots. */
export const BLIND_SPOT_NAMES: Record<BlindSpotId, string> = {
  tooComplete: 'too complete',
  tooBoring: 'too boring',
  tooConceptual: 'too conceptual',
  tooCorporate: 'too corporate',
  tooUnpersonal: 'too unpersonal',
  tooFunctional: 'too functional',
};

/** "concrete+" -> "Concrete +", "tooCorporate+" -> "too corporate +": a finding's target for people. */
export function dimensionName(target: string | undefined): string {
  if (!target) return '';
  const direction = target.endsWith('+') ? ' +' : target.endsWith('-') ? ' −' : '';
  const id = target.replace(/[+-]$/, '');
  const name =
    (PRINCIPLE_NAMES as Record<string, string>)[id] ??
    (BLIND_SPOT_NAMES as Record<string, string>)[id] ??
    id.replace(/([A-Z])/g, ' $1').toLowerCase();
  return `${name}${direction}`;
}

/** Readable names of the signals behind a score ("why this score"). */
export function signalName(signal: string): string {
  if (signal.startsWith('score:')) return `${(PRINCIPLE_NAMES as Record<string, string>)[signal.slice(6)] ?? signal.slice(6)} score`;
  const names: Record<string, string> = {
    avgSentenceLength: 'words per sentence',
    longSentences: 'long sentences /100 words',
    ideas: 'distinct ideas /100 words',
    words: 'words in the section',
    personal: '"I" and "you" /100 words',
  };
  return names[signal] ?? `${signal.replace(/([A-Z])/g, ' $1').toLowerCase()} /100 words`;
}
