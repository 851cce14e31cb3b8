import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseSidecar } from '../../../src/main/services/notes/sidecarFormat';
import { bundleForNode } from '../../support/bundle';

describe('sidecar writes from several processes', () => {
  let child: string;
  beforeAll(async () => {
    child = await bundleForNode(join(__dirname, 'fixtures/sidecarWriter.ts'));
  }, 60_000);

  const talk = (): string => {
    const folder = mkdtempSync(join(tmpdir(), 'sticky-sidecar-'));
    const path = join(folder, 'talk.md');
    writeFileSync(path, '# Talk\n\nGood morning.\n');
    return path;
  };
  const writer = (talkPath: string, ...args: string[]) =>
    fork(child, [talkPath, ...args], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const exited = (process: ReturnType<typeof fork>) => new Promise((done) => process.on('exit', done));
  const sidecarOf = (talkPath: string) => parseSidecar(readFileSync(talkPath.replace(/\.md$/, '.sticky.json'), 'utf8'));

  test('two processes adding 40 notes each at once: all 80 kept', async () => {
    const path = talk();
    const both = [writer(path, 'add', 'ann', '40'), writer(path, 'add', 'bo', '40')];
    expect(await Promise.all(both.map(exited))).toEqual([0, 0]);
    const parsed = sidecarOf(path);
    expect(parsed.ok && parsed.sidecar.notes.length).toBe(80);
    expect(parsed.ok && parsed.sidecar.authors).toEqual(['ann', 'bo']);
  }, 60_000);

  test('a writer killed (SIGKILL) in the middle of writing a large sidecar leaves the previous file whole', async () => {
    const path = talk();
    const process = writer(path, 'big', 'k', '0');
    // Let it finish three generations, then kill it while it writes the next ones.
    await new Promise<void>((done) => process.on('message', (generation) => generation === 3 && done()));
    await new Promise((wait) => setTimeout(wait, 15 + Math.random() * 40));
    process.kill('SIGKILL');
    await exited(process);
    const parsed = sidecarOf(path);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.sidecar.notes).toHaveLength(3000);
    const generations = new Set(parsed.sidecar.notes.map((note) => note.text.split(' ')[1]));
    expect(generations.size).toBe(1); // one whole generation, never half of two
    expect(Number([...generations][0])).toBeGreaterThanOrEqual(3);
    // What the kill left behind is at most a temporary file beside it, never the sidecar itself.
    const folder = join(path, '..');
    expect(
      readdirSync(folder)
        .filter((name) => !['talk.md', 'talk.sticky.json', 'talk.sticky.json.lock'].includes(name))
        .every((name) => name.endsWith('.sticky-tmp')),
    ).toBe(true);
  }, 60_000);
});
