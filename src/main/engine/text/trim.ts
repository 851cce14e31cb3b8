/**
 * The text without the run of `chars` at its end, found by stepping back from the end once. (The
 * regular expression `[.!?]+$` tries the run from each of its characters: quadratic on a long run
 * followed by anything else.)
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
