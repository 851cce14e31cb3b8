import type { Token } from 'marked';

// Marked joins a paragraph to the paragraph before it (when a table it stopped for was refused),
// a list item's line to the text before it, and indented code or a link definition to either, by
// appending to the earlier token's text: `raw += (raw.endsWith('\n') ? '' : '\n') + next.raw`.
// `endsWith` on a string built by appending copies it whole, so thousands of joins take time
// quadratic in the text's length. The lexer (lexer.ts) marks those tokens instead, and `settle`
// makes the same joins afterwards, in one pass.

/** A token whose join with the one before is deferred: its type names what it is or joins. */
export interface Deferred {
  type: string;
  raw: string;
  text?: string;
  /** For a token joined to the one before: the type of that one, and the text it adds. */
  into?: 'paragraph' | 'text';
  addsText?: string;
  /** A joined token's own type, should there be nothing to join it to after all. */
  was?: string;
}

const JOINS = ['paragraph', 'text'];

/** The type marked would show for a token while it splits (a joined token is part of the one it joins). */
export function shownType(token: Token | undefined): string | undefined {
  const deferred = token as Deferred | undefined;
  if (deferred?.type === 'deferred-paragraph') return 'paragraph';
  if (deferred?.type === 'deferred-text') return 'text';
  if (deferred?.type === 'deferred-merge') return deferred.into;
  return deferred?.type;
}

/** Marks indented code or a definition to be joined to the paragraph or text before it, as marked joins them. */
export function toMerge<T extends Token>(token: T, before: string | undefined, addsText: string): T {
  if (before !== undefined && JOINS.includes(before))
    Object.assign(token, { type: 'deferred-merge', into: before, addsText, was: token.type });
  return token;
}

interface Open {
  token: Deferred;
  raw: string[];
  text: string[];
  endsWithNewline: boolean;
}

const open = (token: Deferred): Open => ({ token, raw: [token.raw], text: [token.text ?? ''], endsWithNewline: token.raw.endsWith('\n') });

function add(target: Open, raw: string, text: string): void {
  const piece = target.endsWithNewline ? raw : `\n${raw}`;
  target.raw.push(piece);
  target.text.push(`\n${text}`);
  target.endsWithNewline = piece.endsWith('\n');
}

function close(target: Open | null): void {
  if (!target || target.raw.length === 1) return;
  target.token.raw = target.raw.join('');
  target.token.text = target.text.join('');
}

/**
 * Makes the joins marked would have made in `tokens[from…]` (the token before `from`, a quote's
 * earlier lines, may take the first), in place, and gives the deferred tokens their own types.
 */
export function settle(tokens: Token[], from: number): Token[] {
  const list = tokens as unknown as Deferred[];
  const prior = list[from - 1];
  let target: Open | null = prior && JOINS.includes(prior.type) ? open(prior) : null;
  let write = from;
  for (let read = from; read < list.length; read++) {
    const token = list[read]!;
    if (token.type === 'deferred-merge') {
      if (target) {
        add(target, token.raw, token.addsText ?? '');
        continue;
      }
      token.type = token.was ?? 'text';
    }
    if (token.type === 'deferred-paragraph' || token.type === 'deferred-text') {
      token.type = token.type.slice('deferred-'.length);
      if (target?.token.type === token.type) {
        add(target, token.raw, token.text ?? '');
        continue;
      }
    }
    close(target);
    target = JOINS.includes(token.type) ? open(token) : null;
    list[write++] = token;
  }
  close(target);
  list.length = write;
  return tokens;
}
