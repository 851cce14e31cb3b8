import type { RehearsalRun } from '../../shared/rehearsal';
import { isTimeValue } from './checks';

// Characters that make a spreadsheet read a cell as a formula (=, +, -, @) or that it strips
// before doing so (tab, carriage return): the list of OWASP's "CSV Injection" page.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): text that a spreadsheet would run as a formula gets a leading single
 * quote, as OWASP advises; text with a quote, comma or line break is quoted. Numbers are Sticky's
 * own and written as they are (a negative delta stays a number); one that is not finite is left empty.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = [
  'run',
  'started',
  'talk',
  'variant',
  'target_s',
  'status',
  'run_total_s',
  'section',
  'title',
  'budget_s',
  'actual_s',
  'delta_s',
  'words',
  'wpm',
];

// Below ten seconds a words-per-minute figure is noise (one sentence more or less swings it by half).
const MIN_SECONDS_FOR_PACE = 10;

/** The runs as CSV: one line per section of each run, seconds rounded to tenths; a run with no valid start date gets an empty date. */
export function runsToCsv(runs: RehearsalRun[]): string {
  const lines = [HEADER.join(',')];
  const tenths = (seconds: number): number => Math.round(seconds * 10) / 10;
  for (const run of runs) {
    const started = isTimeValue(run.startedAt) ? new Date(run.startedAt).toISOString() : '';
    for (const section of run.sections) {
      const wpm = !section.fixed && section.actual >= MIN_SECONDS_FOR_PACE ? Math.round(section.words / (section.actual / 60)) : '';
      lines.push(
        [
          run.id,
          started,
          run.plan.talkTitle,
          run.plan.variant,
          run.plan.target,
          run.status,
          tenths(run.total),
          section.id,
          section.title,
          tenths(section.budget),
          tenths(section.actual),
          tenths(section.actual - section.budget),
          section.words,
          wpm,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
