import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronZipName, startElectronMirror, type ElectronMirror, type MirrorMode } from '../support/electronMirror';
import { freshProject, realElectronState, userEnvironment, type FreshProject } from '../support/freshProject';

// The first `npm start` of a new user, offline: Electron's runtime comes from a loopback mirror
// (ELECTRON_MIRROR, with its SHASUMS256.txt) into a fresh copy of the project. The stand-in
// runtime records its folder and arguments to STICKY_STANDIN_RECORD and exits.
const linux = process.platform === 'linux';

/** What the stand-in runtime recorded: the folder it ran in, then its arguments. */
function recorded(file: string): { cwd: string; args: string[] } {
  const [cwd = '', ...args] = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
  return { cwd, args };
}

async function withMirror(mode: MirrorMode, body: (mirror: ElectronMirror, project: FreshProject) => Promise<void>): Promise<void> {
  const mirror = await startElectronMirror(mode);
  const project = freshProject();
  try {
    await body(mirror, project);
  } finally {
    project.remove();
    await mirror.close();
  }
}

function env(project: FreshProject, mirror: ElectronMirror, extra: Record<string, string> = {}): Record<string, string> {
  return userEnvironment({
    ELECTRON_MIRROR: mirror.url,
    electron_use_remote_checksums: '1',
    electron_config_cache: join(project.dir, '.electron-cache'),
    STICKY_STANDIN_RECORD: join(project.dir, 'standin.txt'),
    ...extra,
  });
}

describe.skipIf(!linux)('first start (npm start) with Electron from a loopback mirror', () => {
  const before = realElectronState();
  let project: FreshProject;
  let mirror: ElectronMirror;
  beforeAll(async () => {
    mirror = await startElectronMirror('ok');
    project = freshProject();
  });
  afterAll(async () => {
    project?.remove();
    await mirror?.close();
  });

  it('downloads, checks and unpacks the runtime, builds, and launches it with the app and the talk', async () => {
    const talks = join(project.dir, 'talks');
    mkdirSync(talks);
    writeFileSync(join(talks, 'some-talk.md'), '# A talk\n\n## Opening\n\nHello.\n');
    // Typed in a folder below the project, as a user would: the talk is relative to that folder.
    const result = await project.npm(['start', '--', 'some-talk.md'], { cwd: talks, env: env(project, mirror) });
    expect(result.stderr).not.toMatch(/ERR_PACKAGE_PATH_NOT_EXPORTED|\n\s+at /);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(mirror.requests).toEqual(
      expect.arrayContaining([expect.stringMatching(electronZipName), expect.stringMatching('SHASUMS256.txt')]),
    );
    const electron = join(project.dir, 'node_modules', 'electron');
    expect(readFileSync(join(electron, 'path.txt'), 'utf8')).toBe('electron');
    expect(statSync(join(electron, 'dist', 'electron')).mode & 0o111).not.toBe(0);
    expect(existsSync(join(project.dir, 'out', 'main', 'index.js'))).toBe(true);
    const { cwd, args } = recorded(join(project.dir, 'standin.txt'));
    expect(cwd).toBe(project.dir);
    expect(args[0]).toBe('.');
    expect(args).toContain(join(talks, 'some-talk.md'));
  }, 150_000);

  it('npm run dev launches the same runtime, without downloading it again', async () => {
    const requests = mirror.requests.length;
    const talk = join(project.dir, 'dev-talk.md');
    writeFileSync(talk, '# Dev\n\n## One\n\nHi.\n');
    const result = await project.npm(['run', 'dev', '--', 'dev-talk.md'], { env: env(project, mirror) });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(mirror.requests.length).toBe(requests);
    const { args } = recorded(join(project.dir, 'standin.txt'));
    expect(args[0]).toBe('.');
    expect(args).toContain(talk);
  }, 150_000);

  it('never touched the real node_modules/electron', () => {
    expect(realElectronState()).toBe(before);
  });
});

describe.skipIf(!linux)('first start when the download fails', () => {
  it.each<[MirrorMode, RegExp]>([
    ['missing', /404/],
    ['bad-checksum', /checksum/i],
  ])(
    'mirror %s: one clear message, no stack, and nothing launched',
    async (mode, cause) => {
      await withMirror(mode, async (mirror, project) => {
        const result = await project.npm(['start'], { env: env(project, mirror) });
        expect(result.code).not.toBe(0);
        expect(result.stderr).toContain('Sticky runs on Electron, whose runtime downloads once, on the first start, and that did not work');
        expect(result.stderr).toMatch(cause);
        expect(result.stderr).toContain('Check your internet connection');
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(join(project.dir, 'standin.txt'))).toBe(false);
        expect(existsSync(join(project.dir, 'node_modules', 'electron', 'path.txt'))).toBe(false);
      });
    },
    60_000,
  );
});
