/**
 * The work one placing of notes may do, counted in units of about a nanosecond (measured on this
 * project's 2-core test machine with scripts/stress-cases/notes.mjs's cases): a character scanned
 * for a quote (native indexOf) is half a unit, a character of context compared (editDistance.ts)
 * 60, a character times a 32-character block of the fuzzy search (approx-string-match) 10.
 */
export const WORK_COST = { scan: 0.5, contextChar: 60, fuzzyBlock: 10 } as const;

// About a second for every note of a talk together: 2,000 notes kept in step with a 1 MB talk
// take a tenth of it; a sidecar built to stall the main process (2,000 quotes found nowhere, each
// searched for fuzzily, issue 21) cannot. Notes past it are orphaned, with that reason.
export const ANCHOR_WORK_BUDGET = 1_000_000_000;

/** The work left for placing a talk's notes; shared by every note placed in one pass. */
export class AnchorWork {
  /** Units spent so far. */
  used = 0;

  constructor(readonly budget = ANCHOR_WORK_BUDGET) {}

  /** Counts some work. */
  spend(units: number): void {
    this.used += units;
  }

  /** Whether the budget is spent: the notes not yet placed are orphaned. */
  get spent(): boolean {
    return this.used >= this.budget;
  }
}

// Up to this many occurrences of a quote are indexed once for every note quoting it (a talk's
// rare phrases); a quote found more often (a space, "the") is searched near each note instead.
const INDEXED_OCCURRENCES = 1000;

/** The nearest `count` positions to `at` from two nearest-first lists, the earlier one first on a tie (as a stable sort by distance). */
function nearest(before: readonly number[], after: readonly number[], at: number, count: number): number[] {
  const picked: number[] = [];
  let b = 0;
  let a = 0;
  while (picked.length < count && (b < before.length || a < after.length)) {
    const back = before[b];
    const ahead = after[a];
    if (ahead === undefined || (back !== undefined && at - back <= ahead - at)) picked.push(before[b++]!);
    else picked.push(after[a++]!);
  }
  return picked;
}

/** Where quotes occur in one text: each distinct quote's occurrences indexed once, or searched near a note when they are many. */
export class QuoteIndex {
  private readonly indexed = new Map<string, number[] | 'many'>();

  constructor(
    private readonly text: string,
    private readonly work: AnchorWork,
  ) {}

  /** The start of every occurrence (overlapping ones too) of a rare quote, or 'many'. */
  private occurrences(quote: string): number[] | 'many' {
    const known = this.indexed.get(quote);
    if (known) return known;
    const found: number[] = [];
    let at = this.text.indexOf(quote);
    for (; at !== -1 && found.length <= INDEXED_OCCURRENCES; at = this.text.indexOf(quote, at + 1)) found.push(at);
    this.work.spend(WORK_COST.scan * (at === -1 ? this.text.length : at));
    const result = found.length > INDEXED_OCCURRENCES ? 'many' : found;
    this.indexed.set(quote, result);
    return result;
  }

  /** The `count` occurrences of `quote` nearest to `at`, nearest first. */
  nearest(quote: string, at: number, count: number): number[] {
    const all = this.occurrences(quote);
    if (all !== 'many') {
      let split = 0;
      for (let high = all.length; split < high;) {
        const middle = (split + high) >>> 1;
        if (all[middle]! < at) split = middle + 1;
        else high = middle;
      }
      const before = all.slice(Math.max(0, split - count), split).reverse();
      return nearest(before, all.slice(split, split + count), at, count);
    }
    const before: number[] = [];
    const after: number[] = [];
    for (let found = at > 0 ? this.text.lastIndexOf(quote, at - 1) : -1; found !== -1 && before.length < count;) {
      before.push(found);
      found = found > 0 ? this.text.lastIndexOf(quote, found - 1) : -1;
    }
    for (let found = this.text.indexOf(quote, at); found !== -1 && after.length < count; found = this.text.indexOf(quote, found + 1))
      after.push(found);
    this.work.spend(WORK_COST.scan * ((after.at(-1) ?? at) - (before.at(-1) ?? at)));
    return nearest(before, after, at, count);
  }
}
