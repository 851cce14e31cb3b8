/** The engine as a library: what the eval and bench scripts (and any other tool) use. */
export { analyseTalk, analyseTalkInSteps, SignalCache, type AnalysedTalk } from './analyze';
export { parseTalk, readTalk } from './talk/parseTalk';
export { planTalk, planVariant } from './timing/plan';
export { scoreJson } from './scoreJson';
