import type { Variant } from '../../../shared/talk';
import { VARIANTS } from '../../../shared/talk';
import { htmlComments } from '../../../shared/htmlComments';
import { noticeAt, type MessageKey, type MessageValues, type Notice } from './say';
import type { SourceText } from './source';

/** A top-level Markdown token's raw text and its normalised offset. */
export interface PlacedRaw {
  type: string;
  raw: string;
  start: number;
}

/** What a section's HTML comments declare. */
export interface SectionDirectives {
  variants: Variant[];
  fixedMinutes: number | null;
  ignores: string[];
  /** Bad comments, told in the talk's language once it is known. */
  findings: Notice[];
  /** Whether a valid `variants` comment set the variants (else they are the default, all three). */
  declaredVariants: boolean;
}

// A key is a word of letters, digits, `_` and `-`, or two such words joined by a space ("sticky
// ignore", a misspelling). `_` is already a word character: allowing it as the joiner too made
// the key ambiguous, and `<!-- a____… -->` took time quadratic in its length.
const DIRECTIVE = /^\s*([A-Za-z][\w-]*(?: [\w-]+)?)\s*:/;
const KNOWN = ['variants', 'minutes', 'sticky-ignore'] as const;
// Longer than two hours is not a section of a 60-minute talk: almost surely a typo.
export const MAX_SECTION_MINUTES = 120;

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The Sticky comment a key names or nearly names (a misspelling), if any. */
export function nearestKnown(key: string): string | undefined {
  if ((KNOWN as readonly string[]).includes(key)) return key;
  // Two edits catch "variant", "minute", "sticky-ignores" and "sticky ignore" without flagging
  // ordinary comments such as "note: ..." or "todo: ...". (Lengths further apart than that need
  // more edits: skipping them keeps a pasted key of a million letters cheap.)
  const near = (known: string): boolean => Math.abs(key.length - known.length) <= 2 && editDistance(key, known) <= 2;
  return KNOWN.find(near) ?? (key.startsWith('sticky') ? 'sticky-ignore' : undefined);
}

/** The Sticky directive a comment's text is (or nearly is, misspelt), or undefined for any other comment. */
export function stickyDirectiveKey(commentText: string): string | undefined {
  const parsed = DIRECTIVE.exec(commentText);
  if (!parsed) return undefined;
  const key = parsed[1]!.toLowerCase();
  return (KNOWN as readonly string[]).includes(key) ? key : nearestKnown(key);
}

/** Reads `variants`, `minutes` and `sticky-ignore` comments from a section's tokens. */
export function readDirectives(source: SourceText, tokens: PlacedRaw[], sectionId: string): SectionDirectives {
  const result: SectionDirectives = { variants: [...VARIANTS], fixedMinutes: null, ignores: [], findings: [], declaredVariants: false };
  const seen = new Set<string>();
  const warn = (key: MessageKey, values: MessageValues, start: number, end: number, ruleId = 'directive-invalid'): void => {
    result.findings.push(noticeAt(source, ruleId, 'warning', key, values, start, end, { sectionId }));
  };

  for (const token of tokens) {
    if (token.type !== 'html' && token.type !== 'paragraph' && token.type !== 'text') continue;
    for (const comment of htmlComments(token.raw)) {
      const start = token.start + comment.start;
      const end = token.start + comment.end;
      const parsed = DIRECTIVE.exec(comment.inner);
      if (!parsed) continue;
      const key = parsed[1]!.toLowerCase();
      const value = comment.inner.slice(parsed[0].length).trim();
      if (!(KNOWN as readonly string[]).includes(key)) {
        const known = nearestKnown(key);
        if (known) warn('directive-unknown', { key, known }, start, end, 'directive-unknown');
        continue;
      }
      if (seen.has(key)) {
        warn('directive-repeated', { key }, start, end);
        continue;
      }
      seen.add(key);
      if (key === 'variants') {
        const parts = value.split(/[\s,]+/).filter((part) => part !== '');
        const valid = parts.map(Number).filter((n): n is Variant => (VARIANTS as readonly number[]).includes(n));
        const invalid = parts.filter((part) => !(VARIANTS as readonly number[]).includes(Number(part)));
        if (invalid.length > 0) warn('directive-variant', { invalid: invalid.join(' ') }, start, end);
        if (valid.length > 0) {
          result.variants = [...new Set(valid)].sort((a, b) => a - b);
          result.declaredVariants = true;
        } else warn('directive-no-variant', {}, start, end);
      } else if (key === 'minutes') {
        const minutes = Number(value.replace(',', '.'));
        if (value !== '' && Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_SECTION_MINUTES) result.fixedMinutes = minutes;
        else warn('directive-minutes', { value, max: MAX_SECTION_MINUTES }, start, end);
      } else {
        const ids = value.split(/[\s,]+/).filter((id) => id !== '');
        if (ids.length === 0) warn('directive-ignore-empty', {}, start, end);
        result.ignores.push(...ids);
      }
    }
  }
  return result;
}
