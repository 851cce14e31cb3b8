import type { Token, Tokens } from 'marked';

/** Block tokens whose words are not spoken: code, raw HTML (comments), rules, headings, link definitions. */
const SILENT_BLOCKS = new Set(['code', 'html', 'hr', 'space', 'def', 'heading']);

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  let text = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'image':
      case 'html':
        break; // image URLs and alt text are seen, not said; inline HTML is markup
      case 'br':
        text += ' ';
        break;
      case 'codespan':
      case 'escape':
        text += (token as Tokens.Codespan).text;
        break;
      default: {
        const nested = (token as { tokens?: Token[] }).tokens;
        text += nested ? inlineText(nested) : ((token as { text?: string }).text ?? '');
      }
    }
  }
  return text;
}

function blockText(token: Token, out: string[]): void {
  if (SILENT_BLOCKS.has(token.type)) return;
  switch (token.type) {
    case 'paragraph':
    case 'text': {
      const text =
        inlineText((token as Tokens.Paragraph).tokens ?? []) || ((token as Tokens.Text).tokens ? '' : (token as Tokens.Text).text);
      if (text.trim() !== '') out.push(text.trim());
      return;
    }
    case 'list':
      for (const item of (token as Tokens.List).items) for (const child of item.tokens) blockText(child, out);
      return;
    case 'blockquote':
      for (const child of (token as Tokens.Blockquote).tokens) blockText(child, out);
      return;
    case 'table': {
      const table = token as Tokens.Table;
      const cells = [...table.header, ...table.rows.flat()].map((cell) => inlineText(cell.tokens).trim());
      const line = cells.filter((cell) => cell !== '').join(' · ');
      if (line !== '') out.push(line);
      return;
    }
    default: {
      const nested = (token as { tokens?: Token[] }).tokens;
      if (nested) for (const child of nested) blockText(child, out);
    }
  }
}

/** The spoken text of a run of top-level Markdown tokens, one block per paragraph. */
export function spokenText(tokens: Token[]): string {
  const out: string[] = [];
  for (const token of tokens) blockText(token, out);
  return out.join('\n\n');
}
