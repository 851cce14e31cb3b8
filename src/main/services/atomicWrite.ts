import { rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Writes a file by writing a temporary file beside it and renaming it over: never half-written. */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${process.pid}.${Date.now()}.sticky-tmp`);
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, path);
}
