import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseTalk } from '../../../src/main/engine/talk/parseTalk';
import { OpenNotes } from '../../../src/main/services/notes/openNotes';
import { sidecarPathFor } from '../../../src/main/services/notes/sidecarPath';
import type { NotesUpdate, OpenedTalk } from '../../../src/shared/api';
import type { Lang } from '../../../src/shared/talk';

const TALKS: Record<Lang, string> = {
  en: '---\nlang: en\n---\n# Keep them\n\nGood morning. Last year our customers waited a week for an answer.\n',
  nl: '---\nlang: nl\n---\n# Houd ze vast\n\nGoedemorgen. Vorig jaar wachtten onze klanten een week op een antwoord.\n',
};

/** The open talk's notes as the app runs them, with a watcher the test fires and the updates the window gets. */
function openNotes(lang: Lang) {
  const path = join(mkdtempSync(join(tmpdir(), 'sticky-notice-')), 'talk.md');
  writeFileSync(path, TALKS[lang]);
  const updates: NotesUpdate[] = [];
  let fire = (): void => undefined;
  const notes = new OpenNotes({
    watchFile: (_path, onChange) => {
      fire = onChange;
      return async () => undefined;
    },
    emit: (update) => updates.push(update),
    author: () => 'Coach',
    analysis: () => null,
    rescore: () => undefined,
  });
  const text = TALKS[lang];
  const current = { path, name: 'talk.md', talk: parseTalk(text), text, key: path, pace: null } as unknown as OpenedTalk;
  notes.follow({ kind: 'opened', current } as Parameters<OpenNotes['follow']>[0]);
  const add = (words: string, note: string) =>
    notes.run({ kind: 'add', tag: 'general', text: note, start: text.indexOf(words), end: text.indexOf(words) + words.length });
  return { path, notes, updates, add, fire: () => fire() };
}

for (const [lang, words, said] of [
  ['en', 'a week', 'kept 2 notes or replies the file lacked'],
  ['nl', 'een week', '2 notities of reacties die in het bestand ontbraken, bewaard'],
] as const) {
  it(`tells the window (${lang}) what a reload merge did when an older copy came back, and the file holds it`, async () => {
    const app = openNotes(lang);
    const first = (await app.add(words, 'How long exactly?')).notes[0]!;
    const yesterday = readFileSync(sidecarPathFor(app.path), 'utf8');
    await app.notes.run({ kind: 'reply', id: first.id, text: 'Six days.' });
    await app.add(lang === 'en' ? 'Good morning' : 'Goedemorgen', 'Warmer?');
    writeFileSync(sidecarPathFor(app.path), yesterday);
    app.fire();
    const last = app.updates.at(-1)!.notes!;
    expect(last.notes.map((note) => [note.text, note.replies.length])).toEqual([
      ['Warmer?', 0],
      ['How long exactly?', 1],
    ]);
    expect(last.mergeMessages).toEqual([expect.stringContaining(said)]);
    expect(readFileSync(sidecarPathFor(app.path), 'utf8')).toContain('Six days.');
    expect(readFileSync(sidecarPathFor(app.path), 'utf8')).toContain('Warmer?');
  });
}
