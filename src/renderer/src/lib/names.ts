import type { BlindSpotId, PrincipleId } from '../../../shared/analysis';
import { isBlindSpot, isPrinciple, type Target } from '../../../shared/target';
import { RULES } from '../../../shared/signals';
import { locale, t } from './i18n.svelte';
import { ENGAGING, isMeasure, isRule, scorePrinciple } from './signalEvidence';

/** A SUCCESs principle's name in the interface language. */
export function principleName(id: PrincipleId): string {
  return t(`principle.${id}`);
}

/** A principle's short name for narrow columns ("Sim", "Eenv": not "Een", which reads as "one" in Dutch). */
export function principleShort(id: PrincipleId): string {
  return t(`principle.short.${id}`);
}

/** A blind spot's name in the interface language ("too corporate"). */
export function blindSpotName(id: BlindSpotId): string {
  return t(`spot.${id}`);
}

/** A finding's target for people: "Concrete +", "too corporate +", "call to action". */
export function dimensionName(target: Target | undefined): string {
  if (!target) return '';
  const direction = target.direction === 'raise' ? ' +' : target.direction === 'lower' ? ' −' : '';
  const id = target.dimension;
  const name = isPrinciple(id) ? principleName(id) : isBlindSpot(id) ? blindSpotName(id) : t(`element.${id}`).toLowerCase();
  return `${name}${direction}`;
}

/** A signal's own name in the interface language, without its unit ("past tense", "verleden tijd"). */
export function signalTitle(signal: string): string {
  const principle = scorePrinciple(signal);
  if (principle) return t('signal.score', { name: principleName(principle) });
  if (signal === ENGAGING) return t('signal.engaging');
  if (isRule(signal)) return RULES[signal].label[locale.current];
  if (isMeasure(signal)) return t(`signal.${signal}`);
  return signal;
}

/** A score's input as listed under "why this score", with its unit ("past tense /100 words", "words per sentence"). */
export function signalName(signal: string): string {
  return isRule(signal) ? t('signal.rate', { name: signalTitle(signal) }) : signalTitle(signal);
}

/** What a finding does, in words: "Strengthens Concrete", "Risk: too corporate" (from `concrete+`, `tooCorporate+`). */
export function effectName(target: Target | undefined): string {
  if (!target) return '';
  const id = target.dimension;
  const up = target.direction === 'raise';
  if (isPrinciple(id)) return t(up ? 'inspector.strengthens' : 'inspector.weakens', { name: principleName(id) });
  if (isBlindSpot(id)) return t(up ? 'inspector.risk' : 'inspector.guards', { name: blindSpotName(id) });
  return dimensionName(target);
}
