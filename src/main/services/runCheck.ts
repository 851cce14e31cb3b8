import type { RehearsalRun } from '../../shared/rehearsal';
import { VARIANTS } from '../../shared/talk';
import { isBoolean, isNumberIn, isOneOf, isRecord, isString, isTimeValue } from './checks';
import type { Cleaned } from './tolerantStore';

type Shape = Record<string, (value: unknown) => boolean>;

const isCount = isNumberIn(0);
const isSeconds = isNumberIn(0);
/** True when value is an object whose named fields pass their checks (other fields are ignored). */
const fits = (shape: Shape) => (value: unknown) => isRecord(value) && Object.entries(shape).every(([key, check]) => check(value[key]));
const listOf = (check: (item: unknown) => boolean) => (value: unknown) => Array.isArray(value) && value.every(check);

const plannedSection = fits({ id: isString, title: isString, budget: isSeconds, words: isCount, fixed: isBoolean, prompt: isString });
const sectionResult = fits({
  id: isString,
  title: isString,
  budget: isSeconds,
  actual: isSeconds,
  words: isCount,
  fixed: isBoolean,
  reached: isBoolean,
});
const isMeasureOrNull = (value: unknown) => value === null || isNumberIn(0)(value);
const sectionVoice = fits({
  listened: isSeconds,
  speaking: isSeconds,
  paused: isSeconds,
  wpm: isMeasureOrNull,
  longPauses: listOf(fits({ at: isSeconds, seconds: isSeconds })),
  filledPauses: (value) => value === undefined || listOf(fits({ at: isSeconds, seconds: isSeconds }))(value),
  pitchSpread: isMeasureOrNull,
  flat: isBoolean,
});
/** Whether a run's voice figures (optional: runs without the microphone have none) are whole. */
const isRunVoice = fits({
  sections: (value) => isRecord(value) && Object.values(value).every(sectionVoice),
  pace: listOf(fits({ at: isSeconds, sectionId: isString, wpm: isSeconds })),
});
const event = fits({ type: isOneOf(['start', 'next', 'previous', 'pause', 'resume', 'end']), at: isNumberIn() });

/** Whether a value read back from disk is a whole rehearsal run, with a start time that makes a valid date. */
export const isStoredRun = fits({
  id: (value) => isString(value) && value !== '',
  plan: fits({ talkKey: isString, talkTitle: isString, variant: isOneOf(VARIANTS), target: isSeconds, sections: listOf(plannedSection) }),
  startedAt: isTimeValue,
  events: listOf(event),
  status: isOneOf(['running', 'complete', 'incomplete']),
  total: isSeconds,
  sections: listOf(sectionResult),
  voice: (value) => value === undefined || isRunVoice(value),
}) as (value: unknown) => value is RehearsalRun;

/** The rehearsal file's data with every broken run left out alone; the others are kept. */
export function cleanRuns(raw: Record<string, unknown>): Cleaned<{ runs: RehearsalRun[] }> {
  if (!Object.hasOwn(raw, 'runs')) return { data: { ...raw, runs: [] }, dropped: [] };
  if (!Array.isArray(raw['runs'])) return { data: { ...raw, runs: [] }, dropped: ['runs'] };
  const dropped: string[] = [];
  const runs = raw['runs'].map((run, index) => {
    // Broken voice figures are left out alone: the run's times are kept.
    if (!isRecord(run) || run['voice'] === undefined || isRunVoice(run['voice'])) return run;
    dropped.push(`runs[${index}].voice`);
    return Object.fromEntries(Object.entries(run).filter(([key]) => key !== 'voice'));
  });
  const kept = runs.filter((run, index) => {
    if (isStoredRun(run)) return true;
    dropped.push(`runs[${index}]`);
    return false;
  });
  return { data: { ...raw, runs: kept }, dropped };
}
