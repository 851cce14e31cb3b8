import type { BlindSpotId, PrincipleId } from '../../../shared/analysis';
import { t } from './i18n.svelte';

/** A SUCCESs principle's name in the interface language. */
export function principleName(id: PrincipleId): string {
  return t(`principle.${id}`);
}

/** A blind spot's name in the interface language ("too corporate"). */
export function blindSpotName(id: BlindSpotId): string {
  return t(`spot.${id}`);
}

const isPrinciple = (id: string): id is PrincipleId =>
  ['simple', 'unexpected', 'concrete', 'credible', 'emotional', 'stories'].includes(id);
const isBlindSpot = (id: string): id is BlindSpotId =>
  ['tooComplete', 'tooBoring', 'tooConceptual', 'tooCorporate', 'tooUnpersonal', 'tooFunctional'].includes(id);

/** "concrete+" -> "Concrete +", "tooCorporate+" -> "too corporate +": a finding's target for people. */
export function dimensionName(target: string | undefined): string {
  if (!target) return '';
  const direction = target.endsWith('+') ? ' +' : target.endsWith('-') ? ' −' : '';
  const id = target.replace(/[+-]$/, '');
  const name = isPrinciple(id) ? principleName(id) : isBlindSpot(id) ? blindSpotName(id) : id.replace(/([A-Z])/g, ' $1').toLowerCase();
  return `${name}${direction}`;
}

/** Readable names of the signals behind a score ("why this score"). */
export function signalName(signal: string): string {
  if (signal.startsWith('score:')) {
    const id = signal.slice(6);
    return t('signal.score', { name: isPrinciple(id) ? principleName(id) : id });
  }
  if (['avg-sentence-length', 'long-sentences', 'ideas', 'words', 'personal'].includes(signal)) return t(`signal.${signal as 'ideas'}`);
  return t('signal.rate', { name: signal.replace(/([A-Z])/g, ' $1').toLowerCase() });
}
