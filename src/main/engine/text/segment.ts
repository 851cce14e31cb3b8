import type { Lang } from '../../../shared/talk';
import enAbbreviations from '../lexicon/en/abbreviations.json';
import nlAbbreviations from '../lexicon/nl/abbreviations.json';

/** A span of a section's spoken text: local offsets into the section's mask. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A word with its offsets and lower-case form. */
export interface Word extends Span {
  lower: string;
}

/** A sentence with its words. */
export interface Sentence extends Span {
  words: Word[];
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;
const ABBREVIATIONS: Record<Lang, Set<string>> = {
  en: new Set(enAbbreviations.entries.map((entry) => entry.phrase.toLowerCase())),
  nl: new Set(nlAbbreviations.entries.map((entry) => entry.phrase.toLowerCase())),
};
const segmenters = new Map<Lang, Intl.Segmenter>();

/** The words of a span of text, with offsets shifted by `base`. */
export function wordsOf(text: string, base = 0): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null) {
    words.push({ start: base + match.index, end: base + match.index + match[0].length, text: match[0], lower: match[0].toLowerCase() });
  }
  return words;
}

/** Whether a text ends with a known abbreviation ("Dr.", "bijv."), where a sentence does not end. */
export function endsWithAbbreviation(text: string, lang: Lang): boolean {
  // Scans back from the end (a regular expression anchored at the end rescans from every position,
  // quadratic on a long line).
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start <= LONGEST_ABBREVIATION && !/\s/.test(text[start - 1]!)) start--;
  if (end - start > LONGEST_ABBREVIATION) return false;
  return end > start && ABBREVIATIONS[lang].has(text.slice(start, end).toLowerCase());
}

// No abbreviation in the lists is longer than this ("bijvoorbeeld." is spelt out, not listed).
const LONGEST_ABBREVIATION = 12;
// Intl.Segmenter is quadratic on long strings in Node 20: a line longer than this (a pasted
// document with no line breaks) is segmented in pieces cut after a sentence end, or at a space.
// 2,000 characters is about 300 words, far above any real sentence.
const SEGMENT_CHARS = 2000;

/** A line cut into pieces of at most SEGMENT_CHARS, after a sentence end where there is one. */
function pieces(line: string): { text: string; offset: number }[] {
  if (line.length <= SEGMENT_CHARS) return [{ text: line, offset: 0 }];
  const result: { text: string; offset: number }[] = [];
  let from = 0;
  while (line.length - from > SEGMENT_CHARS) {
    const window = line.slice(from, from + SEGMENT_CHARS);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! ')) + 2;
    if (cut < 2) cut = window.lastIndexOf(' ') + 1;
    if (cut < 1) cut = SEGMENT_CHARS;
    result.push({ text: window.slice(0, cut), offset: from });
    from += cut;
  }
  result.push({ text: line.slice(from), offset: from });
  return result;
}

/**
 * Splits a section's spoken mask into sentences. Each line is segmented on its own
 * (Intl.Segmenter is quadratic on long strings in Node 20), and a break right after a known
 * abbreviation ("Dr.", "bijv.") is undone.
 */
export function sentencesOf(masked: string, lang: Lang): Sentence[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of masked.split('\n')) {
    if (line.trim() === '') {
      // Nothing spoken on this line (a blank line, or markup the mask blanked): no sentence.
      lineStart += line.length + 1;
      continue;
    }
    let pending: Span | null = null;
    for (const piece of pieces(line))
      for (const segment of segmenter.segment(piece.text)) {
        const start = lineStart + piece.offset + segment.index;
        const span = { start, end: start + segment.segment.length, text: segment.segment };
        pending = pending ? { start: pending.start, end: span.end, text: pending.text + span.text } : span;
        if (!endsWithAbbreviation(pending.text, lang)) {
          pushSentence(sentences, pending);
          pending = null;
        }
      }
    if (pending) pushSentence(sentences, pending);
    lineStart += line.length + 1;
  }
  return sentences;
}

function pushSentence(sentences: Sentence[], span: Span): void {
  const leading = span.text.length - span.text.trimStart().length;
  const text = span.text.trim();
  if (text === '') return;
  const start = span.start + leading;
  const words = wordsOf(text, start);
  if (words.length === 0) return;
  sentences.push({ start, end: start + text.length, text, words });
}
