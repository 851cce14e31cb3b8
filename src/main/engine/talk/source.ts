import type { Position } from '../../../shared/talk';

/**
 * A talk's text as saved, plus its normalised form (BOM dropped, CRLF and CR turned into LF) that
 * the Markdown parser sees, and the maps between offsets in the two.
 */
export class SourceText {
  /** The text as read from the file. */
  readonly original: string;
  /** The text the parser sees. */
  readonly normalized: string;
  /** Sorted offsets in `original` of the characters dropped by normalisation. */
  private readonly dropped: number[];
  /** Offsets in `original` where each line starts (line n starts at lineStarts[n - 1]). */
  private readonly lineStarts: number[];

  constructor(original: string) {
    this.original = original;
    const dropped: number[] = [];
    const lineStarts = [0];
    let normalized = '';
    let from = 0;
    for (let i = 0; i < original.length; i++) {
      const ch = original.charCodeAt(i);
      if (i === 0 && ch === 0xfeff) {
        dropped.push(0);
        from = 1;
      } else if (ch === 13 /* \r */) {
        if (original.charCodeAt(i + 1) === 10) {
          normalized += original.slice(from, i);
          dropped.push(i);
          from = i + 1;
        } else {
          normalized += original.slice(from, i) + '\n';
          from = i + 1;
          lineStarts.push(i + 1);
        }
      } else if (ch === 10) {
        lineStarts.push(i + 1);
      }
    }
    this.normalized = normalized + original.slice(from);
    this.dropped = dropped;
    this.lineStarts = lineStarts;
  }

  /** Maps an offset in the normalised text to the offset in the original text. */
  toOriginal(normalizedOffset: number, isEnd = false): number {
    // The k-th dropped character (0-based) sits at normalised offset dropped[k] - k; every one at
    // or before the target shifts it one place right. That key grows with k, so binary search.
    let low = 0;
    let high = this.dropped.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      // An end offset stops before a dropped CR that sits right at it; a start offset skips it.
      const key = this.dropped[mid]! - mid;
      if (isEnd ? key < normalizedOffset : key <= normalizedOffset) low = mid + 1;
      else high = mid;
    }
    return normalizedOffset + low;
  }

  /** The line, column and offset of an offset in the original text. */
  position(originalOffset: number): Position {
    const offset = Math.max(0, Math.min(originalOffset, this.original.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1, offset };
  }

  /** The position of an offset in the normalised text. */
  positionOfNormalized(normalizedOffset: number): Position {
    return this.position(this.toOriginal(normalizedOffset));
  }

  /** The position of an exclusive end offset in the normalised text (never inside a CRLF). */
  positionOfNormalizedEnd(normalizedOffset: number): Position {
    return this.position(this.toOriginal(normalizedOffset, true));
  }
}
