import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runScore } from '../../src/main/cli/scoreCommand';

const root = resolve(__dirname, '../..');
const launcher = resolve(root, 'bin/sticky.cjs');
const sample = resolve(root, 'resources/samples/lead-your-leaders.md');

/** The built files a `sticky` run loaded, by chunk name (the hash dropped). */
function chunksLoaded(...args: string[]): string[] {
  const report = "process.on('exit', () => process.stderr.write('\\nLOADED ' + Object.keys(require.cache).join(',')))";
  const run = spawnSync(process.execPath, ['-e', `${report}; require(${JSON.stringify(launcher)})`, '--', 'sticky', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  const line = run.stderr.split('\n').find((text) => text.startsWith('LOADED ')) ?? '';
  return line
    .slice('LOADED '.length)
    .split(',')
    .filter((path) => path.includes('/out/main/'))
    .map((path) => path.replace(/^.*\/out\/main\/(chunks\/)?/, '').replace(/-[\w-]{8}\.js$/, ''));
}

describe('the sticky command loads only what a command needs (issue: start-up)', () => {
  test('--help loads no engine, no Office reader', () => {
    const loaded = chunksLoaded('--help');
    expect(loaded).not.toContain('analyse');
    expect(loaded).not.toContain('parseTalk');
    expect(loaded).not.toContain('officeTalk');
  });

  test('outline of a Markdown talk loads the parser but neither the scoring rules nor the Office readers', () => {
    const loaded = chunksLoaded('outline', sample);
    expect(loaded).toContain('parseTalk');
    expect(loaded).not.toContain('analyse');
    expect(loaded).not.toContain('officeTalk');
  });

  test('score --json written section by section is the same JSON as in one piece', async () => {
    const whole: string[] = [];
    const parts: string[] = [];
    const options = { format: 'json' as const, variant: null, failUnder: null, colour: false };
    await runScore([sample], options, { out: (text) => whole.push(text), err: () => {} });
    await runScore([sample], options, { out: () => {}, err: () => {}, write: (text) => parts.push(text) });
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.join('')).toBe(`${whole.join('')}\n`);
    expect(JSON.parse(parts.join('')).sections.length).toBeGreaterThan(3);
  });
});
