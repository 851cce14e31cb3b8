import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { watchFileWithChokidar } from '../../../src/main/services/fileWatcher';
import { addNote, editNote } from '../../../src/main/services/notes/noteEdits';
import { serializeSidecar } from '../../../src/main/services/notes/sidecarFormat';
import { SidecarSession, type SidecarOutcome } from '../../../src/main/services/notes/sidecarSession';

const anchor = { sectionId: 'opening', sectionTitle: '', exact: 'Hello', prefix: '', suffix: '', start: 0, end: 5 };
const at = (minute: number) => ({ author: 'Ann', now: `2026-12-03T10:${String(minute).padStart(2, '0')}:00.000Z`, newId: () => 'n1' });

it('reloads when the sidecar changes on disk; an older copy over a newer edit keeps both texts and says so', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'sticky-watch-'));
  const talk = join(folder, 'talk.md');
  writeFileSync(talk, 'Hello world.\n');
  const app = SidecarSession.open(talk);
  const first = app.change((sidecar) => addNote(sidecar, at(0), { tag: 'general', text: 'first', anchor }).sidecar).state.sidecar;
  const outcomes: SidecarOutcome[] = [];
  const stop = app.watch(
    (path, onChange) => watchFileWithChokidar(path, onChange, 50),
    (outcome) => outcomes.push(outcome),
  );
  try {
    await new Promise((wait) => setTimeout(wait, 300)); // chokidar is ready
    // The client edited a copy at 10:01 and it syncs in after the coach's edit of 10:02 was saved.
    app.change((sidecar) => editNote(sidecar, at(2), 'n1', { text: 'edited by the coach' }));
    writeFileSync(app.path, serializeSidecar(editNote(first, at(1), 'n1', { text: 'edited by the client' })));
    await expect.poll(() => outcomes.filter((outcome) => outcome.merged).length, { timeout: 5000 }).toBeGreaterThan(0);
    const outcome = outcomes.find((item) => item.merged)!;
    expect(outcome.events).toEqual([{ noteId: 'n1', kind: 'both-edited' }]);
    expect(outcome.state.sidecar.notes[0]).toMatchObject({ text: 'edited by the coach', conflicts: [{ text: 'edited by the client' }] });
  } finally {
    await stop();
  }
});

it('takes a newer edit from disk as it is', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sticky-watch-'));
  const talk = join(folder, 'talk.md');
  writeFileSync(talk, 'Hello world.\n');
  const app = SidecarSession.open(talk);
  const first = app.change((sidecar) => addNote(sidecar, at(0), { tag: 'general', text: 'first', anchor }).sidecar).state.sidecar;
  writeFileSync(app.path, serializeSidecar(editNote(first, at(5), 'n1', { text: 'edited by the client' })));
  const outcome = app.reload();
  expect(outcome).toMatchObject({ merged: true, events: [] });
  expect(outcome.state.sidecar.notes[0]).toMatchObject({ text: 'edited by the client', conflicts: [] });
});
