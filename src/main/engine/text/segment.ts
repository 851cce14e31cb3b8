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
  const last = /(\S+)\s*$/.exec(text)?.[1]?.toLowerCase();
  return last !== undefined && ABBREVIATIONS[lang].has(last);
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
    let pending: Span | null = null;
    for (const segment of segmenter.segment(line)) {
      const start = lineStart + segment.index;
      const piece = { start, end: start + segment.segment.length, text: segment.segment };
      pending = pending ? { start: pending.start, end: piece.end, text: pending.text + piece.text } : piece;
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
