/** The six SUCCESs principles of Made to Stick. */
export const PRINCIPLES = ['simple', 'unexpected', 'concrete', 'credible', 'emotional', 'stories'] as const;
/** The principles that engage an audience: too boring's risk builds on the strongest of them (DOMAIN.md, too boring). */
export const ENGAGING_PRINCIPLES = ['unexpected', 'emotional', 'stories'] as const satisfies readonly PrincipleId[];
/** A SUCCESs principle. */
export type PrincipleId = (typeof PRINCIPLES)[number];

/** The six blind spots of CX leaders' communication. */
export const BLIND_SPOTS = ['tooComplete', 'tooBoring', 'tooConceptual', 'tooCorporate', 'tooUnpersonal', 'tooFunctional'] as const;
/** A blind spot. */
export type BlindSpotId = (typeof BLIND_SPOTS)[number];

/** The four elements of a CX Story. */
export const ELEMENTS = ['personalStory', 'urgency', 'strategy', 'callToAction'] as const;
/** A CX Story element. */
export type ElementId = (typeof ELEMENTS)[number];

/** What a finding moves: a SUCCESs principle, a blind spot's risk, or a CX Story element. */
export type TargetDimension = PrincipleId | BlindSpotId | ElementId;

/** Every dimension a finding may move, principles first. */
export const TARGET_DIMENSIONS: readonly TargetDimension[] = [...PRINCIPLES, ...BLIND_SPOTS, ...ELEMENTS];

/** Which way a finding moves its dimension: `raise` a score or risk, `lower` it, or null for a story element it shows. */
export type TargetDirection = 'raise' | 'lower' | null;

/** A finding's target: the dimension it moves and which way. */
export interface Target {
  dimension: TargetDimension;
  direction: TargetDirection;
}

/** Whether an id is a SUCCESs principle. */
export const isPrinciple = (id: string): id is PrincipleId => (PRINCIPLES as readonly string[]).includes(id);

/** Whether an id is a blind spot. */
export const isBlindSpot = (id: string): id is BlindSpotId => (BLIND_SPOTS as readonly string[]).includes(id);

/** Whether a value is a dimension a finding may move. */
export const isTargetDimension = (value: unknown): value is TargetDimension => (TARGET_DIMENSIONS as readonly unknown[]).includes(value);

/** The target as the `score --json` contract and ignore lists write it: `concrete+`, `simple-`, `callToAction`. */
export function targetLabel(target: Target): string {
  return `${target.dimension}${target.direction === 'raise' ? '+' : target.direction === 'lower' ? '-' : ''}`;
}

/** A target from its text (`concrete+`, `callToAction`), or null when it names no dimension. */
export function parseTarget(label: string): Target | null {
  const dimension = label.replace(/[+-]$/, '');
  if (!isTargetDimension(dimension)) return null;
  return { dimension, direction: label.endsWith('+') ? 'raise' : label.endsWith('-') ? 'lower' : null };
}

/** Whether a finding's target raises a principle or lowers a blind spot's risk: it helps the talk. */
export function targetHelps(target: Target): boolean | null {
  if (target.direction === null) return null;
  return (target.direction === 'raise') !== isBlindSpot(target.dimension);
}
