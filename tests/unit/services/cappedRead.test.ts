import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCapped, readCappedSync, RefusedFile } from '../../../src/main/services/cappedRead';
import { readNotesBeside } from '../../../src/main/services/notes/readSidecar';
import { sidecarProblemMessage } from '../../../src/main/services/notes/sidecarMessages';
import { SidecarSession } from '../../../src/main/services/notes/sidecarSession';

const folder = (): string => mkdtempSync(join(tmpdir(), 'sticky-capped-'));

/** Each hostile thing a file name can stand for, made small at test time. */
function hostile(dir: string): Record<string, string> {
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  const zero = join(dir, 'zero');
  symlinkSync('/dev/zero', zero);
  const sub = join(dir, 'sub');
  mkdirSync(sub);
  const big = join(dir, 'big');
  writeFileSync(big, '');
  truncateSync(big, 17 * 1024 * 1024); // sparse: 17 MB that take no room
  return { pipe: fifo, device: zero, folder: sub, 'too-large': big };
}

describe('the capped reader', () => {
  test('refuses a pipe, a device, a folder and an over-size file, each by name, at once and without reading them', async () => {
    const cases = hostile(folder());
    for (const [reason, path] of Object.entries(cases)) {
      const started = Date.now();
      expect(() => readCappedSync(path, 16 * 1024 * 1024)).toThrow(RefusedFile);
      await expect(readCapped(path, 16 * 1024 * 1024)).rejects.toMatchObject({ reason, path });
      expect(Date.now() - started, reason).toBeLessThan(2_000);
    }
  });

  test('refuses a socket, reads a regular file whole, and refuses one that holds a byte more than the cap', async () => {
    const dir = folder();
    const socket = join(dir, 'sock');
    const server = createServer();
    await new Promise<void>((done) => server.listen(socket, done));
    try {
      expect(() => readCappedSync(socket, 100)).toThrow(expect.objectContaining({ reason: 'socket' }));
    } finally {
      server.close();
    }
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'x'.repeat(200_000));
    expect(readCappedSync(file, 200_000).length).toBe(200_000);
    expect((await readCapped(file, 200_000)).length).toBe(200_000);
    expect(() => readCappedSync(file, 199_999)).toThrow(/larger than/);
    expect(() => readCappedSync(join(dir, 'none'), 10)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('a sidecar that is not a file', () => {
  const talkBeside = (make: (sidecar: string) => void): string => {
    const dir = folder();
    const talk = join(dir, 'talk.md');
    writeFileSync(talk, '# Talk\n\nGood morning.\n');
    make(join(dir, 'talk.sticky.json'));
    return talk;
  };

  test('a pipe, /dev/zero, a folder or a 50 MB file is reported with its own words (en and nl), never read, never hung on', async () => {
    const makers: Record<string, (path: string) => void> = {
      pipe: (path) => execFileSync('mkfifo', [path]),
      device: (path) => symlinkSync('/dev/zero', path),
      folder: (path) => mkdirSync(path),
      'too-large': (path) => {
        writeFileSync(path, '');
        truncateSync(path, 50 * 1024 * 1024);
      },
    };
    for (const [reason, make] of Object.entries(makers)) {
      const talk = talkBeside(make);
      const beside = await readNotesBeside(talk);
      expect(beside.problem, reason).toMatchObject({ kind: 'not-a-file', detail: reason });
      expect(sidecarProblemMessage(beside.problem!, 'en')).toMatch(/is (a|larger)/);
      expect(sidecarProblemMessage(beside.problem!, 'nl')).toMatch(/is (een|groter)/);
      // The app's session shows it read-only, and a save is refused rather than written over it.
      const session = SidecarSession.open(talk);
      expect(session.state.status).toBe('blocked');
      expect((await session.changeAsync((sidecar) => sidecar)).state.status).toBe('blocked');
    }
  });

  test("a sidecar linked to another file (a password file) never shows that file's content", async () => {
    const secret = join(folder(), 'passwd');
    writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    const talk = talkBeside((path) => symlinkSync(secret, path));
    const beside = await readNotesBeside(talk);
    expect(beside.problem?.kind).toBe('corrupt');
    for (const lang of ['en', 'nl'] as const) expect(sidecarProblemMessage(beside.problem!, lang)).not.toMatch(/root|bash/);
  });
});
