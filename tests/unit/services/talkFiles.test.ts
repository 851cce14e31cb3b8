import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { MAX_TALK_BYTES, readTalkFile } from '../../../src/main/services/talkFiles';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sticky-files-'));
});

const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readTalkFile', () => {
  test('reads UTF-16 with a byte-order mark, in both byte orders', async () => {
    const text = '## Één\n\nDe klant belt.\n';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    await expect(readTalkFile(write('le.md', little))).resolves.toMatchObject({ text, encodingNote: null });
    await expect(readTalkFile(write('be.md', big))).resolves.toMatchObject({ text, encodingNote: null });
  });

  test('each refusal names its real reason: a pipe, a device, a symlink loop', async () => {
    const fifo = join(dir, 'pipe.md');
    spawnSync('mkfifo', [fifo]);
    await expect(readTalkFile(fifo)).rejects.toMatchObject({ code: 'not-a-file', params: { reason: 'not-regular' } });
    await expect(readTalkFile('/dev/null')).rejects.toMatchObject({ code: 'not-a-file', params: { reason: 'not-regular' } });
    symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
    symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
    await expect(readTalkFile(join(dir, 'loop-a.md'))).rejects.toMatchObject({ code: 'unreadable', params: { reason: 'symlink-loop' } });
    const folder = join(dir, 'folder.md');
    mkdirSync(folder);
    await expect(readTalkFile(folder)).rejects.toMatchObject({ code: 'not-a-file', message: expect.stringMatching(/folder/) });
  });

  test('reads a UTF-8 talk', async () => {
    const file = await readTalkFile(write('talk.md', '## Één\n\nGeïnteresseerd.\n'));
    expect(file).toMatchObject({ name: 'talk.md', text: '## Één\n\nGeïnteresseerd.\n', encodingNote: null });
  });

  test('accepts .txt and .markdown', async () => {
    await expect(readTalkFile(write('notes.txt', 'hello'))).resolves.toMatchObject({ text: 'hello' });
    await expect(readTalkFile(write('talk.markdown', 'hello'))).resolves.toMatchObject({ text: 'hello' });
  });

  test('falls back to Windows-1252 with a note when the file is not UTF-8', async () => {
    const file = await readTalkFile(write('old.md', Buffer.from([0x63, 0x61, 0x66, 0xe9])));
    expect(file.text).toBe('café');
    expect(file.encodingNote).toMatch(/not saved as UTF-8/);
  });

  test.each([
    ['a missing file', () => join(dir, 'nope.md'), 'not-found', /was not found/],
    ['a folder', () => (mkdirSync(join(dir, 'folder.md'), { recursive: true }), join(dir, 'folder.md')), 'not-a-file', /is a folder/],
    ['a non-Markdown file', () => write('movie.mp4', 'PK'), 'not-markdown', /not a Markdown talk.*\.pptx and \.odp/],
    ['a binary file', () => write('binary.md', Buffer.from([0x23, 0x00, 0x01])), 'not-text', /binary data/],
    [
      'a file over 5 MB',
      () => write('huge.md', Buffer.alloc(MAX_TALK_BYTES + 1, 0x61)),
      'too-large',
      /5\.0 MB; Sticky opens talks up to 5 MB/,
    ],
  ])('refuses %s with a clear message', async (_what, makePath, code, message) => {
    await expect(readTalkFile(makePath())).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
  });
});

describe('a flat OpenDocument file (LibreOffice "Flat XML")', () => {
  test.each([
    ['talk.fodt', /save it as ODF Text Document \(\.odt\)|pick ODF Text Document \(\.odt\)/],
    ['deck.fodp', /pick ODF Presentation \(\.odp\)/],
  ])('%s is named for what it is, with how to save it', async (name, says) => {
    const path = join(mkdtempSync(join(tmpdir(), 'sticky-flat-')), name);
    writeFileSync(path, '<?xml version="1.0"?><office:document/>');
    const refused = await readTalkFile(path).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'bad-document', params: { name, reason: 'flat-opendocument' } });
    expect((refused as Error).message).toMatch(says);
  });
});
