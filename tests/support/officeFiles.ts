import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll } from 'vitest';
import { outlineJson } from '../../src/main/engine/outline';
import { parseTalk } from '../../src/main/engine/talk/parseTalk';
import { planTalk } from '../../src/main/engine/timing/plan';
import type { TalkFile } from '../../src/main/services/talkFiles';
import type { OutlineJson } from '../../src/shared/outline';

/** A fresh temporary folder (made before the tests run) and a function that writes a file into it. */
export function tempFiles(prefix: string): (name: string, content: Buffer) => string {
  let dir: string | null = null;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
  });
  return (name, content) => {
    const path = join(dir!, name);
    writeFileSync(path, content);
    return path;
  };
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE compound file (Office 97-2003, or a password-protected Office file) naming the given streams. */
export const oleFile = (streams: string[]): Buffer =>
  Buffer.concat([OLE, Buffer.alloc(504), ...streams.map((name) => Buffer.from(name, 'utf16le'))]);

/** The outline contract of a talk file as `sticky outline --json` prints it. */
export function outlineOf(file: TalkFile): OutlineJson {
  const talk = parseTalk(file.text, { fileName: file.name });
  return outlineJson(file.name, talk, planTalk(talk), file.source?.format ?? 'markdown');
}
