import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
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
