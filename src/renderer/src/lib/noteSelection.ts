/**
 * Finds the words a reader selected in the section view in the talk's own text. The view leaves
 * Markdown syntax out (emphasis marks, link addresses), so the words are matched with anything
 * that is not a letter or digit allowed between them; of several matches, the one nearest to where
 * the selection starts in the shown text (`shownBefore` characters into the section) is taken.
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
  return best;
}
