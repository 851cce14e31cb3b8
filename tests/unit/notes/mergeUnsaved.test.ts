import { readFileSync, writeFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { mergeSummaryMessage } from '../../../src/main/services/notes/sidecarMessages';
import { itemCount, newTalk, sticky } from './fixtures/sessions';

// A sidecar folder that turns read-only (a synced share, a full disk): the atomic write fails on demand.
const writes = vi.hoisted(() => ({ fail: false }));
vi.mock('../../../src/main/services/atomicWrite', async (original) => {
  const real = await original<typeof import('../../../src/main/services/atomicWrite')>();
  return {
    ...real,
    writeFileAtomicSync: (...args: Parameters<typeof real.writeFileAtomicSync>) => {
      if (writes.fail) throw Object.assign(new Error('read-only file system'), { code: 'EROFS' });
      return real.writeFileAtomicSync(...args);
    },
  };
});

it('a reload merge it cannot write stays in memory, says so, and is written with the next change', () => {
  const talk = newTalk();
  const app = sticky(talk);
  app.add('Coach', 0, 'first');
  const older = readFileSync(app.session.path, 'utf8');
  app.add('Coach', 1, 'second');
  writeFileSync(app.session.path, older);
  writes.fail = true;
  const outcome = app.session.reload();
  expect(outcome).toMatchObject({ unsaved: 'EROFS', counts: { keptHere: 1 } });
  expect(itemCount(outcome.state.sidecar)).toBe(2);
  expect(mergeSummaryMessage(outcome.counts!, false, 'en', outcome.unsaved)).toContain('could not write the notes file (EROFS)');
  expect(mergeSummaryMessage(outcome.counts!, false, 'nl', outcome.unsaved)).toContain('kon het notitiebestand niet schrijven');
  writes.fail = false;
  const next = app.add('Coach', 2, 'third');
  expect(next.state.sidecar.notes.map((note) => note.text)).toEqual(['first', 'second', 'third']);
  expect(readFileSync(app.session.path, 'utf8')).toContain('"second"');
});
