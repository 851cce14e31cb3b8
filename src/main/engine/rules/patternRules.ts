import { dialogueMatches } from './dialogue';
import { fill, type Match, type SectionContext } from './types';

// Plain-language guidance for speech: listeners keep about 20-25 words of a sentence in working
// memory (the Plain English Campaign advises an average of 15-20 for writing, which is read at
// the reader's own pace). Above 25 spoken words a sentence is hard to follow.
export const LONG_SENTENCE_WORDS = 25;

const FIGURE = /(?<![\p{L}\p{N}])(?:[€$£]\s?)?\d+(?:[.,]\d+)*(?:\s?(?:%|percent|per cent|procent))?(?![\p{L}\p{N}])/gu;
const YEAR = /(?<![\p{L}\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+\S.*$/gm;

function regexMatches(text: string, pattern: RegExp, make: (match: RegExpExecArray) => Match | null): Match[] {
  const matches: Match[] = [];
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const made = make(match);
    if (made) matches.push(made);
  }
  return matches;
}

/** Figures, percentages, years, quoted speech, questions, long sentences and bullet points. */
export function patternMatches(context: SectionContext): Match[] {
  const { masked, messages } = context;
  const at = (match: RegExpExecArray) => ({ start: match.index, end: match.index + match[0].length, actual: match[0] });
  const figures = regexMatches(masked, FIGURE, (match) => {
    const isYear = /^(1[89]|20)\d\d$/.test(match[0]);
    if (isYear) return null;
    const percentage = /%|cent|procent/.test(match[0]);
    const id = percentage ? 'percentage' : 'figure';
    return {
      ruleId: id,
      signal: percentage ? 'percentages' : 'figures',
      target: percentage ? 'credible+' : 'concrete+',
      severity: 'info',
      message: fill(messages[id]!, { actual: match[0] }),
      ...at(match),
    };
  });
  const years = regexMatches(masked, YEAR, (match) => ({
    ruleId: 'year',
    signal: 'timeMarkers',
    target: 'stories+',
    severity: 'info',
    message: fill(messages['year']!, { actual: match[0] }),
    ...at(match),
  }));
  const dialogue = dialogueMatches(context);
  const questions: Match[] = context.sentences
    .filter((sentence) => sentence.text.endsWith('?'))
    .map((sentence) => ({
      ruleId: 'question',
      signal: 'questions',
      target: 'unexpected+',
      severity: 'info',
      message: messages['question']!,
      start: sentence.start,
      end: sentence.end,
      actual: sentence.text,
    }));
  const long: Match[] = context.sentences
    .filter((sentence) => sentence.words.length > LONG_SENTENCE_WORDS)
    .map((sentence) => ({
      ruleId: 'long-sentence',
      signal: 'longSentences',
      target: 'tooComplete+',
      severity: 'warning',
      message: fill(messages['long-sentence']!, { count: sentence.words.length }),
      start: sentence.start,
      end: sentence.end,
      actual: sentence.text,
    }));
  const items = regexMatches(context.source, LIST_ITEM, (match) => {
    const start = match.index + match[1]!.length;
    if (context.masked.slice(start, match.index + match[0].length).trim() === '') return null; // inside code or a comment
    return {
      ruleId: 'list-item',
      signal: 'listItems',
      target: 'tooComplete+',
      severity: 'info',
      message: messages['list-item']!,
      start,
      end: match.index + match[0].length,
      actual: match[0].trim(),
    };
  });
  return [...figures, ...years, ...dialogue, ...questions, ...long, ...items];
}
