import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplesDirectory } from '../../src/main/services/launch';
import { listSamples } from '../../src/main/services/samples';
import { electronVersion, electronZipName, startElectronMirror, type ElectronMirror } from '../support/electronMirror';
import { freshProject, projectRoot, realElectronState, userEnvironment, type FreshProject, type RunResult } from '../support/freshProject';

// `npm run package -- --dir` in a fresh copy of the project, offline: electron-builder fetches
// Electron's runtime (a stand-in that carries Electron's fuse wire) through @electron/get from a
// loopback mirror (ELECTRON_MIRROR), into caches of its own, and lays out the unpacked Linux app.
// The installers themselves (AppImage, deb) need tools electron-builder downloads from the
// internet, so only the app folder they are made from is built here.
const linux = process.platform === 'linux' && process.arch === 'x64';

/** The ids of the rules with word lists in a language (rules/catalogue/<id>.json `words`). */
function lexiconRuleIds(lang: 'en' | 'nl'): Set<string> {
  const folder = join(projectRoot, 'src', 'main', 'engine', 'rules', 'catalogue');
  const rules = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as { id: string; words?: Record<string, unknown> });
  return new Set(rules.filter((rule) => rule.words?.[lang] !== undefined).map((rule) => rule.id));
}

interface ScoredTalk {
  lang: string;
  sections: { findings: { ruleId: string }[] }[];
}

describe.skipIf(!linux)('npm run package -- --dir with Electron from a loopback mirror', () => {
  const before = realElectronState();
  let mirror: ElectronMirror;
  let project: FreshProject;
  let result: RunResult;
  let appDir: string;
  let asar: string;
  let unpacked: string;
  beforeAll(async () => {
    mirror = await startElectronMirror('ok');
    project = freshProject();
    result = await project.npm(['run', 'package', '--', '--dir'], {
      env: userEnvironment({
        ELECTRON_MIRROR: mirror.url,
        // Caches of the test's own: never a runtime cached by an earlier real download.
        ELECTRON_BUILDER_CACHE: join(project.dir, '.cache', 'electron-builder'),
        electron_config_cache: join(project.dir, '.cache', 'electron'),
      }),
    });
    appDir = join(project.dir, 'dist', 'linux-unpacked');
    asar = join(appDir, 'resources', 'app.asar');
    unpacked = mkdtempSync(join(tmpdir(), 'sticky-asar-'));
  }, 150_000);
  afterAll(async () => {
    project?.remove();
    if (unpacked) rmSync(unpacked, { recursive: true, force: true });
    await mirror?.close();
  });

  it('builds the unpacked app, with the runtime from the mirror', () => {
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(mirror.requests).toEqual(
      expect.arrayContaining([`/v${electronVersion}/${electronZipName}`, `/v${electronVersion}/SHASUMS256.txt`]),
    );
    expect(statSync(join(appDir, 'sticky')).mode & 0o111).not.toBe(0);
    expect(existsSync(asar)).toBe(true);
  });

  it('packs the built main, preload and renderer into the archive, and nothing else', () => {
    const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
    expect(entries).toEqual(
      expect.arrayContaining(['/out/main/index.js', '/out/main/cli.js', '/out/preload/index.js', '/out/renderer/index.html']),
    );
    expect(entries.some((entry) => /^\/out\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
    expect(entries.filter((entry) => /^\/(src|tests|shared|node_modules)(\/|$)|\.\./.test(entry))).toEqual([]);
    // Only the build and the manifest: no sources, tests, corpora, scripts or ../shared.
    expect(entries.filter((entry) => entry !== '/package.json' && entry !== '/out' && !entry.startsWith('/out/'))).toEqual([]);
  });

  it('puts the sample talks beside the archive, where the packaged app looks for them', () => {
    const dir = samplesDirectory({ isPackaged: true, resourcesPath: join(appDir, 'resources'), appPath: asar });
    const projectSamples = readdirSync(join(projectRoot, 'resources', 'samples')).filter((name) => name.endsWith('.md'));
    expect(readdirSync(dir).sort()).toEqual(projectSamples.sort());
    expect(
      listSamples(dir)
        .map((sample) => sample.lang)
        .sort(),
    ).toEqual(['en', 'nl']);
  });

  it("carries the word lists in the archive's engine: it scores both samples with them, without node_modules", () => {
    extractAll(asar, unpacked);
    const cli = join(unpacked, 'out', 'main', 'cli.js');
    for (const sample of listSamples(join(appDir, 'resources', 'samples'))) {
      const run = spawnSync(
        process.execPath,
        ['-e', 'require(process.argv[1]).main(["score", "--json", process.argv[2]])', cli, sample.path],
        { cwd: unpacked, encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      const talk = JSON.parse(run.stdout) as ScoredTalk;
      expect(talk.lang).toBe(sample.lang);
      const lexicons = lexiconRuleIds(sample.lang);
      const used = new Set(talk.sections.flatMap((section) => section.findings.map((finding) => finding.ruleId.split('.')[0] ?? '')));
      // The samples exercise most lists; five is far below what either sample hits.
      expect([...used].filter((id) => lexicons.has(id)).length, [...used].join(' ')).toBeGreaterThanOrEqual(5);
    }
  });

  it("sets Electron's fuses for a locked-down app", async () => {
    const wire = await getCurrentFuseWire(join(appDir, 'sticky'));
    const state = (fuse: FuseV1Options): string => String.fromCharCode(Number(wire[fuse]));
    expect({
      runAsNode: state(FuseV1Options.RunAsNode),
      nodeOptions: state(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspect: state(FuseV1Options.EnableNodeCliInspectArguments),
      asarIntegrity: state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyAsar: state(FuseV1Options.OnlyLoadAppFromAsar),
    }).toEqual({ runAsNode: '0', nodeOptions: '0', inspect: '0', asarIntegrity: '1', onlyAsar: '1' });
  });

  it('never touched the real node_modules/electron', () => {
    expect(realElectronState()).toBe(before);
  });
});
