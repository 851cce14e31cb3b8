import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A pasted document with no line breaks, `bytes` long: real prose (Twain, public domain, eval/corpora) on one line. */
export function pastedDocument(bytes: number): string {
  const dir = resolve(__dirname, '../../eval/corpora/twain');
  const prose = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join(' ')
    .replace(/\s+/g, ' ');
  return prose.repeat(Math.ceil(bytes / prose.length)).slice(0, bytes);
}
