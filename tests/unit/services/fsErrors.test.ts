import { expect, test } from 'vitest';
import { fileSystemProblem, fsClause, type FsReason } from '../../../src/main/services/fsErrors';
import { toApiError } from '../../../src/main/services/userError';
import { en } from '../../../src/renderer/src/lib/messages/en';
import { nl } from '../../../src/renderer/src/lib/messages/nl';

const systemError = (code: string, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: failed, open '${path}'`), { code, path, syscall: 'open' });

const CODES: Record<string, FsReason> = {
  EACCES: 'fs-no-permission',
  EPERM: 'fs-no-permission',
  EROFS: 'fs-read-only',
  ENOSPC: 'fs-disk-full',
  EDQUOT: 'fs-quota',
  EMFILE: 'fs-too-many-open',
  EIO: 'fs-io',
  EBUSY: 'fs-busy',
  ENAMETOOLONG: 'fs-name-too-long',
  ELOOP: 'fs-link-loop',
};

test('a system error the user can fix reaches the window as a plain sentence naming the file, never "internal" with a raw code', () => {
  for (const [code, reason] of Object.entries(CODES)) {
    const api = toApiError(systemError(code, '/home/kim/talks/talk.sticky.json'));
    expect(api.code, code).toBe('forbidden');
    expect(api.params).toEqual({ name: 'talk.sticky.json', reason });
    expect(api.message).not.toContain(code);
    expect(api.message).toMatch(/^Sticky could not use "talk\.sticky\.json": .+\.$/);
    // The window's own words: the English one is the main process's sentence, and the Dutch one exists.
    expect(en[`error.${reason}`].replace('{name}', 'talk.sticky.json')).toBe(api.message);
    expect(nl[`error.${reason}`]).toContain('{name}');
    expect(fsClause(code, 'nl')).not.toBe(fsClause(code, 'en'));
  }
});

test("a temporary file's error names the file it stands for; other errors stay defects", () => {
  const temporary = systemError('ENOSPC', '/data/.settings.json.4242.k3j9x.sticky-tmp');
  expect(fileSystemProblem(temporary)?.params.name).toBe('settings.json');
  expect(toApiError(new TypeError('x is undefined')).code).toBe('internal');
  expect(toApiError(systemError('ENOENT', '/a')).code).toBe('internal');
});

test('the refusals the notes and locks send have the window’s own words in both languages', () => {
  for (const reason of ['notes-not-saved', 'lock-busy', 'changed'] as const) {
    expect(en[`error.${reason}`]).toContain('{name}');
    expect(nl[`error.${reason}`]).toContain('{name}');
  }
});
