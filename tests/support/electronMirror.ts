import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { makeZip } from './zip';

/** The Electron version the project installs, read from its package. */
export const electronVersion: string = (
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
).version;

/** The zip name Electron's installer asks for on this machine (@electron/get's artifact name). */
export const electronZipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;

/**
 * Electron's fuse wire as its executable carries it (@electron/fuses reads and flips it): the
 * sentinel, wire version 1, eight fuses, each '1' on or '0' off, in Electron's default states
 * (run as node, cookie encryption, NODE_OPTIONS, --inspect, asar integrity, only the asar,
 * browser V8 snapshot, file:// privileges).
 */
const STAND_IN_FUSE_WIRE = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\x01\x0810110001';

// Stands in for Electron's executable: records where it was started and with what, then exits.
// The comment carries the fuse wire, so a packager can set this stand-in's fuses as Electron's.
const STAND_IN = `#!/bin/sh
# A stand-in for Electron's runtime, for tests: it records its working folder and arguments.
# ${STAND_IN_FUSE_WIRE}
printf '%s\\n' "$PWD" "$@" > "\${STICKY_STANDIN_RECORD:-/dev/null}"
exit 0
`;

/** A zip laid out as Electron's Linux zip is (executable `electron`, `version`, licences, resources/). */
export function standInElectronZip(): Buffer {
  return makeZip([
    { name: 'electron', data: STAND_IN, mode: 0o755 },
    { name: 'version', data: electronVersion },
    { name: 'LICENSE', data: 'Stand-in for Electron in tests.\n' },
    { name: 'LICENSES.chromium.html', data: '<p>Stand-in for Electron in tests.</p>\n' },
    { name: 'resources/default_app.asar', data: '' },
  ]);
}

/** How the mirror answers: with the zip, without it (404), or with a checksum file that does not match. */
export type MirrorMode = 'ok' | 'missing' | 'bad-checksum';

/** A loopback mirror of Electron's releases, as ELECTRON_MIRROR expects: `<url><version>/<file>`. */
export interface ElectronMirror {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves the stand-in zip and its SHASUMS256.txt on 127.0.0.1; nothing else answers but 404. */
export async function startElectronMirror(mode: MirrorMode = 'ok'): Promise<ElectronMirror> {
  const zip = standInElectronZip();
  const sum = createHash('sha256')
    .update(mode === 'bad-checksum' ? Buffer.from('not the zip') : zip)
    .digest('hex');
  const files = new Map<string, Buffer>([[`/v${electronVersion}/SHASUMS256.txt`, Buffer.from(`${sum} *${electronZipName}\n`)]]);
  if (mode !== 'missing') files.set(`/v${electronVersion}/${electronZipName}`, zip);
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const body = files.get(path);
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/octet-stream', 'content-length': body?.length ?? 0 });
    response.end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
