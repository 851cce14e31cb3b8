import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/main/cli';
import { EXIT } from '../../src/main/cli/exitCodes';
import { runReport } from '../../src/main/cli/reportCommand';
import { withoutControls } from '../../src/main/cli/safeText';

const bin = resolve(__dirname, '../../bin/sticky.cjs');
const sticky = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('safe terminal output', () => {
  test('control characters are removed from every string, newlines and tabs kept', () => {
    expect(withoutControls({ title: '\u001b]0;pwned\u0007\u001b[2JRed', list: ['a\tb\nc\u009b'] })).toEqual({
      title: ']0;pwned[2JRed',
      list: ['a\tb\nc'],
    });
  });

  test('a title and heading full of escape sequences reach the terminal without them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sticky-escapes-'));
    const file = join(dir, 'talk.md');
    writeFileSync(file, '---\ntitle: "\\e]0;pwned\\a\\e[2JTitle"\n---\n## \u001b[31mRed section\n\nThe customer called.\n');
    for (const args of [
      ['outline', file],
      ['score', file],
      ['score', '--format', 'md', file],
    ]) {
      const result = sticky(...args);
      expect(result.status).toBe(0);
      // eslint-disable-next-line no-control-regex
      expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(result.stdout).toContain('Title');
    }
    // JSON escapes control characters itself, so the data stays whole there.
    expect(JSON.parse(sticky('score', '--json', file).stdout).title).toContain('\u001b');
  });

  test('the help names the internal-error exit code', () => {
    expect(sticky('--help').stdout).toMatch(/4 an internal error in Sticky/);
  });
});

describe('sticky report to a terminal', () => {
  // eslint-disable-next-line no-control-regex
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  test.each(['md', 'html'])('the %s report on stdout carries no escape sequence from the title, a heading or a note', async (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'sticky-report-escapes-'));
    const file = join(dir, 'talk.md');
    writeFileSync(
      file,
      '---\ntitle: "\\e]0;pwned\\a\\e[2JTitle"\n---\n## \u001b[31mRed section\n\nThe customer called.\tThen we listened.\n',
    );
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('customer');
    const note = {
      id: 'n1',
      author: 'Coach\u009b31m',
      tag: 'general',
      created: '2026-01-01T00:00:00.000Z',
      edited: null,
      resolved: null,
      text: 'Say more\u001b]8;;https://evil.example\u0007 here\u0085',
      anchor: {
        sectionId: 'red-section',
        sectionTitle: 'Red',
        exact: 'customer',
        prefix: text.slice(at - 4, at),
        suffix: ' called.',
        start: at,
        end: at + 8,
      },
      replies: [],
      conflicts: [],
    };
    writeFileSync(
      join(dir, 'talk.sticky.json'),
      JSON.stringify({ format: 'sticky-notes', version: 1, talk: 'talk.md', authors: ['Coach'], notes: [note], dismissals: [] }),
    );
    let out = '';
    const code = await runReport([file, '--format', format], { out: (chunk) => (out += chunk), err: () => undefined });
    expect(code).toBe(0);
    expect(out).not.toMatch(CONTROL);
    expect(out).toContain('Title');
    expect(out).toContain('Say more]8;;https://evil.example here');
    expect(out).toContain('\n'); // newlines stay (tabs too: the first test)
  });
});

describe('every other message to a terminal', () => {
  test('an unknown option full of escape sequences is named without them', async () => {
    let err = '';
    const code = await runCli(
      ['outline', '--x\u001b]0;pwned\u0007\u001b[2J'],
      { out: () => undefined, err: (text) => (err += text) },
      '0.0.0',
    );
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(']0;pwned[2J');
    // eslint-disable-next-line no-control-regex
    expect(err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
