import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeReply, dismissFinding, editNote, settleConflicts, undismissFinding } from '../../../src/main/services/notes/noteEdits';
import { serializeSidecar } from '../../../src/main/services/notes/sidecarFormat';
import { mergeSummaryMessage } from '../../../src/main/services/notes/sidecarMessages';
import { at, itemCount, newTalk, onDisk, sticky, texts } from './fixtures/sessions';

// Every scenario counts notes and replies before and after, and checks that the file holds what the
// window shows (serialised the same): nothing lost, nothing only in memory.
const onDiskIsShown = (app: ReturnType<typeof sticky>) =>
  expect(serializeSidecar(onDisk(app.session))).toBe(serializeSidecar(app.session.state.sidecar));

/** Yesterday: two notes, one with a reply. Today: an edit, a reply, a new note and a deletion. */
function yesterdayAndToday() {
  const talk = newTalk();
  const app = sticky(talk);
  app.add('Coach', 0, 'keep the opening');
  const [first] = app.notes().map((note) => note.id) as [string];
  app.reply('Speaker', 1, first, 'will do');
  app.add('Coach', 2, 'cut this');
  const cut = app.notes()[1]!.id;
  const yesterday = readFileSync(app.session.path, 'utf8');
  app.edit('Coach', 60, first, 'keep the opening, shorter');
  app.reply('Coach', 61, first, 'and slower');
  app.add('Coach', 62, 'new today');
  app.remove('Coach', 63, cut);
  return { talk, app, first, cut, yesterday };
}

describe('an older copy of the sidecar comes back', () => {
  it('keeps a dismissal made since (with its reason), and an undo made since stays undone', () => {
    const { app } = yesterdayAndToday();
    const finding = (key: string) => ({ key, ruleId: 'jargon', sectionId: 'opening', actual: key });
    app.session.change((sidecar) => dismissFinding(sidecar, at('Coach', 0), finding('old|opening|a|0'), 'the client’s word'));
    const withOld = readFileSync(app.session.path, 'utf8');
    app.session.change((sidecar) => undismissFinding(sidecar, 'old|opening|a|0', at('Coach', 64)));
    app.session.change((sidecar) => dismissFinding(sidecar, at('Coach', 65), finding('new|opening|b|0'), 'a quote, on purpose'));
    writeFileSync(app.session.path, withOld); // the file as it was before the undo and the new dismissal
    const outcome = app.session.reload();
    expect(outcome.state.sidecar.dismissals.map((item) => [item.key, item.reason])).toEqual([['new|opening|b|0', 'a quote, on purpose']]);
    expect(itemCount(outcome.state.sidecar)).toBe(4);
    onDiskIsShown(app);
  });

  it('keeps every note and reply added since, and an edit made since, on the watcher’s reload; the file holds them at once', () => {
    const { app, first, cut, yesterday } = yesterdayAndToday();
    const before = app.session.state.sidecar;
    expect(itemCount(before)).toBe(4); // first (2 replies), new today
    writeFileSync(app.session.path, yesterday);
    const outcome = app.session.reload();
    expect(outcome).toMatchObject({ merged: true, events: [], counts: { keptHere: 2, tookThere: 0, conflicts: 0 } });
    const after = outcome.state.sidecar;
    expect(itemCount(after)).toBe(4);
    expect(texts(after)).toEqual(texts(before));
    expect(after.notes.find((note) => note.id === first)).toMatchObject({ text: 'keep the opening, shorter', conflicts: [] });
    expect(after.notes.some((note) => note.id === cut)).toBe(false); // deleted today: stays deleted
    onDiskIsShown(app);
  });

  it('in a Sticky that never saw the older copy: the older text is kept beside the newer one, nothing lost', () => {
    const { talk, yesterday } = yesterdayAndToday();
    const fresh = sticky(talk);
    const before = fresh.session.state.sidecar;
    writeFileSync(fresh.session.path, yesterday);
    const outcome = fresh.session.reload();
    expect(outcome.counts).toEqual({ keptHere: 2, tookThere: 0, conflicts: 1 });
    expect(itemCount(outcome.state.sidecar)).toBe(itemCount(before));
    expect(texts(outcome.state.sidecar)).toEqual([...texts(before), 'keep the opening'].sort());
    expect(outcome.state.sidecar.notes.map((note) => note.text)).not.toContain('cut this');
    expect(mergeSummaryMessage(outcome.counts!, false, 'en')).toBe(
      'The notes file changed on disk and was merged: kept 2 notes or replies the file lacked, 1 conflict to resolve. The file now holds all of it.',
    );
    expect(mergeSummaryMessage(outcome.counts!, false, 'nl')).toContain('2 notities of reacties die in het bestand ontbraken, bewaard');
    onDiskIsShown(fresh);
  });

  it('keeps them on the next save too, when the watcher missed the change', () => {
    const { app, first, yesterday } = yesterdayAndToday();
    const before = itemCount(app.session.state.sidecar);
    writeFileSync(app.session.path, yesterday);
    const outcome = app.reply('Speaker', 70, first, 'thanks');
    expect(outcome.counts).toMatchObject({ keptHere: 2, conflicts: 0 });
    expect(itemCount(outcome.state.sidecar)).toBe(before + 1);
    onDiskIsShown(app);
  });
});

/** The coach's laptop and desktop, both open on a note with a reply, each editing both texts offline. */
function bothEdit(laptopMinute: number, desktopMinute: number) {
  const talk = newTalk();
  const laptop = sticky(talk);
  laptop.add('Coach', 0, 'slow down here');
  const id = laptop.notes()[0]!.id;
  laptop.reply('Coach', 1, id, 'at the quote');
  const replyId = laptop.notes()[0]!.replies[0]!.id;
  const desktop = sticky(talk);
  const both = (minute: number, side: string) => (sidecar: Parameters<typeof editNote>[0]) =>
    changeReply(editNote(sidecar, at('Coach', minute), id, { text: `${side} note` }), at('Coach', minute), id, replyId, `${side} reply`);
  return { laptop, desktop, id, replyId, laptopEdit: both(laptopMinute, 'laptop'), desktopEdit: both(desktopMinute, 'desktop') };
}

describe('both sides edit the same note and reply', () => {
  it('keeps both texts of each as a conflict on the note, whichever saved last, and both Stickies agree', () => {
    const { laptop, desktop, replyId, laptopEdit, desktopEdit } = bothEdit(5, 6);
    laptop.session.change(laptopEdit);
    const outcome = desktop.session.change(desktopEdit);
    const note = outcome.state.sidecar.notes[0]!;
    expect(note).toMatchObject({ text: 'desktop note', replies: [{ text: 'desktop reply' }] });
    expect(note.conflicts).toEqual([
      { reason: 'both-edited', text: 'laptop note', author: 'Coach', at: at('Coach', 5).now },
      { reason: 'both-edited', text: 'laptop reply', author: 'Coach', at: at('Coach', 5).now, replyId },
    ]);
    expect(outcome.counts?.conflicts).toBe(2);
    expect(outcome.events.map((event) => event.replyId ?? 'note')).toEqual(['note', replyId]);
    expect(itemCount(outcome.state.sidecar)).toBe(2);
    laptop.session.reload();
    expect(serializeSidecar(laptop.session.state.sidecar)).toBe(serializeSidecar(desktop.session.state.sidecar));
    expect(texts(laptop.session.state.sidecar)).toEqual(['desktop note', 'desktop reply', 'laptop note', 'laptop reply']);
  });

  for (const [slow, first] of [
    ['laptop', 'laptop'],
    ['laptop', 'desktop'],
  ] as const) {
    it(`with the ${slow}'s clock 10 minutes slow, saving ${first} first: the newer edit is never lost`, () => {
      // Real time: the laptop edits at 10:06, after the desktop's 10:05; its clock says 09:56.
      const { laptop, desktop, laptopEdit, desktopEdit } = bothEdit(-4, 5);
      const [one, two] = first === 'laptop' ? [laptop, desktop] : [desktop, laptop];
      one.session.change(first === 'laptop' ? laptopEdit : desktopEdit);
      const outcome = two.session.change(first === 'laptop' ? desktopEdit : laptopEdit);
      expect(texts(outcome.state.sidecar)).toEqual(['desktop note', 'desktop reply', 'laptop note', 'laptop reply']);
      expect(outcome.counts?.conflicts).toBe(2);
      onDiskIsShown(two);
    });
  }

  it('takes a one-sided edit made on a slow clock, and keeps both when the edit here looks newer', () => {
    const { laptop, desktop, id } = bothEdit(0, 0);
    desktop.edit('Coach', -5, id, 'desktop, clock slow'); // after the laptop's note of 10:00, by real time
    const taken = laptop.session.reload();
    expect(taken.state.sidecar.notes[0]).toMatchObject({ text: 'desktop, clock slow', conflicts: [] });
    laptop.edit('Coach', 20, id, 'laptop at 10:20');
    desktop.session.reload();
    desktop.edit('Coach', 15, id, 'desktop again'); // at 10:25 by real time, 10:15 by its clock
    const kept = laptop.session.reload();
    expect(kept.counts).toMatchObject({ conflicts: 1 });
    expect(itemCount(kept.state.sidecar)).toBe(2);
    expect(texts(kept.state.sidecar)).toContain('laptop at 10:20');
    expect(texts(kept.state.sidecar)).toContain('desktop again');
  });
});

describe('a reload merge, then quitting without a save', () => {
  it('leaves both texts in the file: a Sticky opened afterwards shows them', () => {
    const { laptop, desktop, laptopEdit, desktopEdit } = bothEdit(5, 6);
    laptop.session.change(laptopEdit);
    const laptopFile = readFileSync(laptop.session.path, 'utf8');
    desktop.session.change(desktopEdit); // the desktop saves over it (its merge keeps both)
    writeFileSync(laptop.session.path, laptopFile); // a sync client puts the laptop's version back
    const reloaded = desktop.session.reload();
    expect(reloaded.counts).toMatchObject({ conflicts: 0 }); // the laptop's texts are kept already
    const afterQuit = sticky(newTalkBeside(desktop.session.path)).session.state.sidecar;
    expect(texts(afterQuit)).toEqual(['desktop note', 'desktop reply', 'laptop note', 'laptop reply']);
    expect(itemCount(afterQuit)).toBe(2);
  });

  it('a clash found on reload is written at once: the file has both texts before any save', () => {
    const talk = newTalk();
    const coach = sticky(talk);
    coach.add('Coach', 0, 'first');
    const id = coach.notes()[0]!.id;
    const client = sticky(talk).session.state.sidecar;
    coach.edit('Coach', 2, id, 'edited by the coach');
    writeFileSync(coach.session.path, serializeSidecar(editNote(client, at('Coach', 1), id, { text: 'edited by the client' })));
    coach.session.reload();
    const reopened = sticky(talk).session.state.sidecar; // the app quit; opened again
    expect(reopened.notes[0]).toMatchObject({ text: 'edited by the coach', conflicts: [{ text: 'edited by the client' }] });
  });
});

/** The talk a sidecar path belongs to (talk.sticky.json → talk.md). */
const newTalkBeside = (sidecarPath: string): string => sidecarPath.replace(/\.sticky\.json$/, '.md');

describe('conflict markers', () => {
  it('round-trip with the reply they are about, and a settle is not undone by an older copy still holding them', () => {
    const { laptop, desktop, laptopEdit, desktopEdit, id } = bothEdit(5, 6);
    laptop.session.change(laptopEdit);
    desktop.session.change(desktopEdit);
    const withConflicts = readFileSync(desktop.session.path, 'utf8');
    expect(withConflicts).toContain('"replyId":');
    const settled = desktop.session.change((sidecar) => settleConflicts(sidecar, id));
    expect(settled.state.sidecar.notes[0]!.conflicts).toEqual([]);
    writeFileSync(desktop.session.path, withConflicts);
    const outcome = desktop.session.reload();
    expect(outcome.state.sidecar.notes[0]!.conflicts).toEqual([]);
    expect(itemCount(outcome.state.sidecar)).toBe(2);
    onDiskIsShown(desktop);
  });
});

describe('the sidecar removed on disk while notes are open', () => {
  it('is written back whole, and the window is told', () => {
    const { app } = yesterdayAndToday();
    const before = app.session.state.sidecar;
    rmSync(app.session.path);
    const outcome = app.session.reload();
    expect(outcome).toMatchObject({ restored: true, counts: { keptHere: 4 } });
    expect(itemCount(onDisk(app.session))).toBe(itemCount(before));
    expect(serializeSidecar(onDisk(app.session))).toBe(serializeSidecar(before));
    expect(mergeSummaryMessage(outcome.counts!, true, 'nl')).toContain('teruggeschreven');
  });

  it('is not written back when the talk went with it (moved or deleted)', () => {
    const { talk, app } = yesterdayAndToday();
    rmSync(app.session.path);
    rmSync(talk);
    expect(app.session.reload()).toMatchObject({ merged: false });
    expect(() => readFileSync(app.session.path)).toThrow();
  });
});

describe('a note deleted on one side and edited on the other', () => {
  for (const order of ['delete saved first', 'edit saved first'] as const) {
    it(`is kept, flagged, with its replies (${order})`, () => {
      const talk = newTalk();
      const laptop = sticky(talk);
      laptop.add('Coach', 0, 'about the ending');
      const id = laptop.notes()[0]!.id;
      laptop.reply('Speaker', 1, id, 'which part?');
      const desktop = sticky(talk);
      const deleteIt = () => laptop.remove('Coach', 5, id);
      const editIt = () => desktop.session.change((sidecar) => editNote(sidecar, at('Coach', 6), id, { text: 'about the last line' }));
      if (order === 'delete saved first') deleteIt();
      else desktop.session.reload();
      const outcome = order === 'delete saved first' ? editIt() : (editIt(), deleteIt());
      const note = outcome.state.sidecar.notes[0]!;
      expect(note).toMatchObject({ text: 'about the last line', replies: [{ text: 'which part?' }] });
      expect(note.conflicts).toMatchObject([{ reason: 'deleted-elsewhere' }]);
      expect(outcome.events[0]?.kind).toBe(order === 'delete saved first' ? 'deleted-there-edited-here' : 'deleted-here-edited-there');
      expect(itemCount(outcome.state.sidecar)).toBe(2);
      expect(outcome.state.sidecar.deleted ?? []).toEqual([]); // the kept note is alive: no tombstone
    });
  }

  it('an untouched note deleted there goes, and its tombstone survives the round trip', () => {
    const talk = newTalk();
    const laptop = sticky(talk);
    laptop.add('Coach', 0, 'one');
    laptop.add('Coach', 1, 'two');
    const desktop = sticky(talk);
    desktop.remove('Coach', 2, desktop.notes()[0]!.id);
    const outcome = laptop.session.reload();
    expect(outcome.state.sidecar.notes.map((note) => note.text)).toEqual(['two']);
    expect(onDisk(laptop.session).deleted).toEqual([
      { id: laptop.session.state.sidecar.deleted![0]!.id, by: 'Coach', at: at('Coach', 2).now },
    ]);
  });
});

describe('files of the previous version', () => {
  it('still read (no tombstones, no replyId), and a note missing from one with no tombstone is kept', () => {
    const talk = newTalk();
    const app = sticky(talk);
    app.add('Coach', 0, 'one');
    app.add('Coach', 1, 'two');
    const previous = JSON.parse(readFileSync(app.session.path, 'utf8')) as Record<string, unknown> & { notes: unknown[] };
    delete previous['deleted'];
    previous.notes = previous.notes.slice(1);
    writeFileSync(app.session.path, JSON.stringify(previous));
    expect(
      sticky(talk)
        .notes()
        .map((note) => note.text),
    ).toEqual(['two']); // opened as it is
    expect(readFileSync(app.session.path, 'utf8')).toBe(JSON.stringify(previous)); // and not rewritten by opening
    const outcome = app.session.reload();
    expect(outcome.state.status).toBe('ready');
    expect(outcome.state.sidecar.notes.map((note) => note.text)).toEqual(['one', 'two']);
    expect(onDisk(app.session).version).toBe(1);
  });
});
