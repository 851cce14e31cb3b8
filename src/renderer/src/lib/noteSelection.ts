/**
 * Finds the words a reader selected in the section view in the talk's own text. The view leaves
 * Markdown syntax out (emphasis marks, link addresses), so the words are matched with anything
 * that is not a letter or digit allowed between them; of several matches, the one nearest to where
 * the selection starts in the shown text (`shownBefore` characters into the section) is taken.
 * Punctuation selected before the first word or after the last is kept when the file has it there.
 */
export function locateSelection(
  fileText: string,
  sectionStart: number,
  sectionEnd: number,
  selected: string,
  shownBefore: number,
): { start: number; end: number } | null {
  const words = selected
    .trim()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(words.map(escape).join('[^\\p{L}\\p{N}]+'), 'gu');
  const slice = fileText.slice(sectionStart, sectionEnd);
  let best: { start: number; end: number } | null = null;
  for (const match of slice.matchAll(pattern)) {
    const found = { start: sectionStart + match.index, end: sectionStart + match.index + match[0].length };
    // The shown text is the file's text with syntax left out, so a match sits at or after shownBefore.
    if (!best || Math.abs(match.index - shownBefore) < Math.abs(best.start - sectionStart - shownBefore)) best = found;
  }
  return best && withMarks(fileText, best, selected.trim());
}

// Emphasis marks the section view leaves out: a full stop after `**word**` is still the selected one.
const EMPHASIS = /^[*_]*/;

/**
 * Widens a match of the selected words to the punctuation the reader selected around them (an
 * opening quotation mark, a closing full stop), when the file has exactly those characters there.
 */
function withMarks(fileText: string, found: { start: number; end: number }, selected: string): { start: number; end: number } {
  const lead = /^[^\p{L}\p{N}]*/u.exec(selected)![0];
  const trail = /[^\p{L}\p{N}]*$/u.exec(selected)![0];
  let { start, end } = found;
  const beforeEmphasis = start - /[*_]*$/.exec(fileText.slice(0, start))![0].length;
  if (lead !== '' && beforeEmphasis >= lead.length && fileText.slice(beforeEmphasis - lead.length, beforeEmphasis) === lead)
    start = beforeEmphasis - lead.length;
  const afterEmphasis = end + EMPHASIS.exec(fileText.slice(end))![0].length;
  if (trail !== '' && fileText.startsWith(trail, afterEmphasis)) end = afterEmphasis + trail.length;
  return { start, end };
}
