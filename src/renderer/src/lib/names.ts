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
