/** The engine as a library: what the eval and bench scripts (and any other tool) use. */
export { analyseTalk, analyseTalkInSteps, SignalCache, type AnalysedTalk } from './analyse';
export { parseTalk, readTalk } from './talk/parseTalk';
export { planTalk, planVariant } from './timing/plan';
export { scoreJson } from './scoreJson';
export { evaluate } from './scoring/formula';
export { buildFormulas } from './scoring/weights';
export { BLIND_SPOT_TERMS, derivedInputs, PRINCIPLE_TERMS, termKey } from './scoring/terms';
