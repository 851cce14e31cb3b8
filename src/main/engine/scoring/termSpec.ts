/**
 * One candidate input of a score, with the direction the coaching method prescribes (DOMAIN.md):
 * `sign` +1 means more of the input can only raise the score, -1 only lower it. `value` is a
 * signal's rate per 100 spoken words, a section measure (`words`, `avg-sentence-length`, `ideas`,
 * `concreteness`), or another score (`score:simple`, 0-100). Its effect before weighting is
 * clamp((value - offset) / full, 0, 1), or 1 minus that when `absent`.
 * "full" is where a signal has done all it can: about the 90th percentile of sections in the
 * calibration material (TED talks cut into 300-word sections, the speeches, the sample talks).
 */
export interface TermSpec {
  input: string;
  full: number;
  offset?: number;
  absent?: boolean;
  sign: 1 | -1;
  /** The least it may count for, in points at full effect, when the method calls it essential (the fit keeps it there). */
  min?: number;
  /** Its weight until weights.json has a fitted one: a rule file's own term (`term.points`). */
  provisional?: number;
}

/** The key of a term in the fitted weights file: its input, and `:absent` when it counts a lack. */
export const termKey = (term: TermSpec): string => `${term.input}${term.absent ? ':absent' : ''}`;
