import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
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
    ['a non-Markdown file', () => write('slides.pptx', 'PK'), 'not-markdown', /not a Markdown talk/],
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
