/** An HTML comment found in a text: where it starts and ends (`-->` included) and its inner text. */
export interface HtmlComment {
  start: number;
  end: number;
  inner: string;
}

/**
 * The HTML comments (`<!--` … the first `-->` after it) of `text[from, to)`, in order, scanning
 * forward once. An opening with no closing after it ends the scan: no later opening can have one
 * either. (The lazy regular expression `<!--([\s\S]*?)-->` rescans to the end for every unclosed
 * opening: quadratic on a file of thousands of `<!--`.)
 */
export function htmlComments(text: string, from = 0, to = text.length): HtmlComment[] {
  const comments: HtmlComment[] = [];
  let at = from;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open === -1 || open + 4 > to) break;
    const close = text.indexOf('-->', open + 4);
    if (close === -1 || close + 3 > to) break;
    comments.push({ start: open, end: close + 3, inner: text.slice(open + 4, close) });
    at = close + 3;
  }
  return comments;
}

/** The text with each HTML comment replaced by `replacement`, in one forward scan (an unclosed `<!--` stays). */
export function withoutComments(text: string, replacement: string): string {
  const parts: string[] = [];
  let done = 0;
  for (const comment of htmlComments(text)) {
    parts.push(text.slice(done, comment.start), replacement);
    done = comment.end;
  }
  parts.push(text.slice(done));
  return parts.join('');
}
