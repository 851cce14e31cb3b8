import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { watchFileWithChokidar } from '../../../src/main/services/fileWatcher';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.each(['talk.docx', 'deck.pptx', 'deck.odp'])(
  '%s: an office suite’s lock files do not reload it; its save by rename does',
  async (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'sticky-office-watch-'));
    const docx = join(dir, name);
    writeFileSync(docx, 'v1');
    let changes = 0;
    const stop = watchFileWithChokidar(docx, () => (changes += 1), 50);
    await sleep(300);
    writeFileSync(join(dir, `~$${name}`), 'owner');
    writeFileSync(join(dir, `.~lock.${name}#`), 'owner');
    rmSync(join(dir, `~$${name}`));
    await sleep(400);
    expect(changes).toBe(0);
    // Word and PowerPoint write a temporary file and rename it over the document.
    writeFileSync(join(dir, 'A1B2C3.tmp'), 'v2');
    renameSync(join(dir, 'A1B2C3.tmp'), docx);
    await expect.poll(() => changes, { timeout: 3000 }).toBeGreaterThan(0);
    await stop();
  },
);
