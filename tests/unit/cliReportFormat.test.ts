import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXIT } from '../../src/main/cli/exitCodes';
import { runReport } from '../../src/main/cli/reportCommand';

/** Runs `sticky report` on a small talk in a fresh folder; returns the exit code, stderr and the folder. */
async function report(...args: string[]): Promise<{ code: number; err: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sticky-report-format-'));
  writeFileSync(join(dir, 'talk.md'), '---\ntitle: Talk\n---\n## Opening\n\nThe customer called. We listened.\n');
  let err = '';
  const code = await runReport([join(dir, 'talk.md'), ...args.map((arg) => arg.replace('DIR', dir))], {
    out: () => undefined,
    err: (chunk) => (err += chunk),
  });
  return { code, err, dir };
}

describe('sticky report --out: the file is what its name says', () => {
  test('an extension that is no report format (x.docx) is refused, and nothing is written', async () => {
    const { code, err, dir } = await report('--out', 'DIR/x.docx');
    expect(code).toBe(EXIT.usage);
    expect(err).toContain('.html, .md or .pdf');
    expect(err).toContain('".docx"');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  test('.md writes Markdown and .html writes HTML', async () => {
    const md = await report('--out', 'DIR/r.md');
    expect(md.code).toBe(EXIT.ok);
    expect(readFileSync(join(md.dir, 'r.md'), 'utf8')).not.toMatch(/^<!doctype/i);
    const html = await report('--out', 'DIR/r.html');
    expect(html.code).toBe(EXIT.ok);
    expect(readFileSync(join(html.dir, 'r.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });
});
