/**
 * A text without its formatting, to tell a real edit from a formatting-only one: one space for any
 * run of spaces or line breaks (re-wrapping, CRLF), and straight quotes for curly, low and angle ones.
 */
export function formatFree(text: string): string {
  return text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’‚]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
