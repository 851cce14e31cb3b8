import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TALK_EXTENSIONS } from '../../src/main/services/talkFiles';
import { OFFICE_EXTENSIONS } from '../../src/main/services/office/officeTalk';
import { projectRoot } from '../support/freshProject';

// What the installers promise that the unpacked Linux build (package.test.ts) cannot show: the
// installer per platform, the files Sticky opens, and the deb's metadata. The installers
// themselves are built on their own platforms, with tools electron-builder downloads.
interface BuilderConfig {
  fileAssociations: { ext: string | string[]; mimeType?: string; role?: string; rank?: string }[];
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
  deb: { maintainer?: string };
  electronFuses: Record<string, boolean>;
}

const config = parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { homepage?: string };

describe('electron-builder.yml', () => {
  it('registers Sticky as an opener of every extension it reads but .txt; a viewer, and never the default for office files', () => {
    const opened = TALK_EXTENSIONS.filter((ext) => ext !== '.txt').map((ext) => ext.slice(1));
    expect(config.fileAssociations.flatMap((association) => association.ext).sort()).toEqual(opened.sort());
    const markdown = config.fileAssociations.filter((association) => association.mimeType === 'text/markdown');
    expect(markdown.flatMap((association) => association.ext)).not.toContain('docx');
    const office = config.fileAssociations.filter((association) => association.mimeType !== 'text/markdown');
    expect(office.flatMap((association) => association.ext).sort()).toEqual(OFFICE_EXTENSIONS.map((ext) => ext.slice(1)).sort());
    expect(office.every((association) => association.role === 'Viewer' && association.rank === 'Alternate')).toBe(true);
  });

  it('builds AppImage and deb on Linux, an NSIS installer on Windows and a dmg on macOS', () => {
    expect([config.linux.target, config.win.target, config.mac.target]).toEqual([['AppImage', 'deb'], ['nsis'], ['dmg']]);
  });

  it('flips every fuse a locked-down app needs, file:// privileges included (issue 21)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('gives the deb the homepage and maintainer that Debian packages carry', () => {
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(config.deb.maintainer).toMatch(/^[^<>]+ <[^@\s]+@[^>\s]+>$/);
  });
});
