import { blocks, close, copied, isMark, isProse, joinBlocks, notesIn, open, render, sectionsOf, unmarked } from './markedTalk';

/** The edits speakers make between two drafts. */
export type EditKind =
  | 'typo'
  | 'reworded around'
  | 'paragraph moved'
  | 'section renamed'
  | 'section deleted'
  | 'quote word swapped'
  | 're-wrapped'
  | 'CRLF'
  | 'quote style'
  | 'paragraph duplicated';

/** A draft as the speaker has it: the marked text with LF line ends, and whether it is saved with CRLF. */
export interface Draft {
  marked: string;
  crlf: boolean;
}

type Random = (below: number) => number;

/** What an edit needs: the draft, the dice, words to write with. Returns the notes it touched. */
export type Edit = (draft: Draft, random: Random, vocabulary: readonly string[]) => number[];

const present = (draft: Draft): number[] => notesIn(draft.marked);
const where = (marked: string, note: number) => ({ start: marked.indexOf(open(note)), end: marked.indexOf(close(note)) + 1 });
const pick = <T>(items: readonly T[], random: Random): T | undefined => items[random(items.length)];
const isLetter = (char: string | undefined): boolean => char !== undefined && /\p{L}/u.test(char);

/** The notes whose words or 32 characters of context reach into [start, end) of the marked text. */
function near(marked: string, start: number, end: number): number[] {
  return notesIn(marked).filter((note) => {
    const at = where(marked, note);
    return at.start - 32 < end && at.end + 32 > start;
  });
}

/** The letter runs of a stretch of the marked text (no marks inside), as [start, end) pairs. */
function wordsIn(marked: string, from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  for (let at = Math.max(0, from); at < Math.min(to, marked.length); at++) {
    if (!isLetter(marked[at]) || isLetter(marked[at - 1])) continue;
    let end = at;
    while (isLetter(marked[end])) end++;
    if (end <= to) found.push([at, end]);
  }
  return found;
}

const replace = (draft: Draft, start: number, end: number, by: string): void => {
  draft.marked = draft.marked.slice(0, start) + by + draft.marked.slice(end);
};

/** Two letters of a word of five or more swapped: in the quote itself or in its context. */
export const typo: Edit = (draft, random) => {
  const note = pick(present(draft), random);
  if (note === undefined) return [];
  const at = where(draft.marked, note);
  const inside = wordsIn(draft.marked, at.start + 1, at.end - 1).filter(([s, e]) => e - s >= 5);
  const around = [...wordsIn(draft.marked, at.start - 28, at.start), ...wordsIn(draft.marked, at.end, at.end + 28)].filter(
    ([s, e]) => e - s >= 5,
  );
  const word = pick(random(2) === 0 && inside.length > 0 ? inside : around.length > 0 ? around : inside, random);
  if (!word) return [];
  const [s] = word;
  const touched = near(draft.marked, s, s + 4);
  const m = draft.marked;
  replace(draft, s + 1, s + 3, `${m[s + 2]}${m[s + 1]}`);
  return touched;
};

/** One to three words just before the quote, after it, or both, written anew (the quote kept). */
export const rewordAround: Edit = (draft, random, vocabulary) => {
  const note = pick(present(draft), random);
  if (note === undefined) return [];
  const sides = [random(3)];
  const touched = new Set<number>();
  for (const side of sides[0] === 2 ? [0, 1] : sides) {
    const at = where(draft.marked, note);
    const run = side === 0 ? wordsIn(draft.marked, at.start - 24, at.start) : wordsIn(draft.marked, at.end, at.end + 24);
    const words = side === 0 ? run.slice(-1 - random(3)) : run.slice(0, 1 + random(3));
    for (const [s, e] of [...words].reverse()) {
      for (const other of near(draft.marked, s, e)) touched.add(other);
      replace(draft, s, e, pick(vocabulary, random)!);
    }
  }
  return [...touched];
};

/** The block holding a note's words, by index. */
const blockOf = (parts: readonly string[], note: number): number => parts.findIndex((block) => block.includes(open(note)));

/** A paragraph with a note moved to the end of another section. */
export const moveParagraph: Edit = (draft, random) => {
  const note = pick(present(draft), random);
  if (note === undefined) return [];
  const parts = blocks(draft.marked);
  const from = blockOf(parts, note);
  const [block] = parts.splice(from, 1);
  const sections = sectionsOf(parts).filter((section) => section.heading > from || section.end < from);
  const to = pick(sections, random);
  if (!to) return [];
  parts.splice(to.end, 0, block!);
  draft.marked = joinBlocks(parts);
  return notesIn(block!);
};

/** A section given a new title (its notes' section id changes). */
export const renameSection: Edit = (draft, random, vocabulary) => {
  const parts = blocks(draft.marked);
  const section = pick(
    sectionsOf(parts).filter((item) => notesIn(parts.slice(item.heading, item.end).join('\n\n')).length > 0),
    random,
  );
  if (!section) return [];
  const words = [pick(vocabulary, random)!, pick(vocabulary, random)!, pick(vocabulary, random)!];
  parts[section.heading] = `## ${words[0]!.slice(0, 1).toUpperCase()}${words[0]!.slice(1)} ${words[1]} ${words[2]}`;
  draft.marked = joinBlocks(parts);
  return notesIn(parts.slice(section.heading, section.end).join('\n\n'));
};

/** A section deleted: preferably one whose notes' words the talk still says elsewhere. */
export const deleteSection: Edit = (draft, random) => {
  const parts = blocks(draft.marked);
  const withNotes = sectionsOf(parts).filter((item) => notesIn(parts.slice(item.heading, item.end).join('\n\n')).length > 0);
  const echoed = withNotes.filter((item) => {
    const rest = render(joinBlocks([...parts.slice(0, item.heading), ...parts.slice(item.end)])).text;
    const { text, ranges } = render(parts.slice(item.heading, item.end).join('\n\n'));
    return [...ranges.values()].some((range) => rest.includes(text.slice(range.start, range.end)));
  });
  const section = pick(echoed.length > 0 ? echoed : withNotes, random);
  if (!section) return [];
  const gone = notesIn(parts.slice(section.heading, section.end).join('\n\n'));
  parts.splice(section.heading, section.end - section.heading);
  draft.marked = joinBlocks(parts);
  return gone;
};

/** One word inside a quote of three or more words replaced by another. */
export const swapQuoteWord: Edit = (draft, random, vocabulary) => {
  const candidates = present(draft).filter((note) => {
    const at = where(draft.marked, note);
    return wordsIn(draft.marked, at.start + 1, at.end - 1).length >= 3;
  });
  const note = pick(candidates, random);
  if (note === undefined) return [];
  const at = where(draft.marked, note);
  const inner = wordsIn(draft.marked, at.start + 1, at.end - 1).slice(1, -1);
  const [s, e] = pick(inner, random)!;
  const touched = near(draft.marked, s, e);
  replace(draft, s, e, pick(vocabulary, random)!);
  return touched;
};

/** Every paragraph wrapped anew at `width` columns: line breaks fall elsewhere, inside quotes too. */
export const rewrap =
  (width: number): Edit =>
  (draft) => {
    draft.marked = joinBlocks(
      blocks(draft.marked).map((block) => {
        if (!isProse(block)) return block;
        const lines: string[] = [];
        let line = '';
        for (const word of block.split(/\s+/u)) {
          if (line && unmarked(`${line} ${word}`).length > width) {
            lines.push(line);
            line = word;
          } else line = line ? `${line} ${word}` : word;
        }
        return [...lines, line].join('\n');
      }),
    );
    return present(draft);
  };

/** The file saved with CRLF line ends (or back to LF). */
export const toggleCrlf: Edit = (draft) => {
  draft.crlf = !draft.crlf;
  return present(draft);
};

/** Curly quotes made straight; in a talk with straight ones, a typographer's pass makes them curly. */
export const quoteStyle: Edit = (draft) => {
  const curly = /[“”‘’]/u.test(draft.marked);
  let result = '';
  for (let at = 0; at < draft.marked.length; at++) {
    const char = draft.marked[at]!;
    if (curly) result += char === '“' || char === '”' ? '"' : char === '‘' || char === '’' ? "'" : char;
    else {
      let before = at - 1;
      while (isMark(draft.marked[before])) before--;
      const opening = before < 0 || /\s/u.test(draft.marked[before]!);
      result += char === '"' ? (opening ? '“' : '”') : char === "'" ? (opening ? '‘' : '’') : char;
    }
  }
  draft.marked = result;
  return present(draft);
};

/** A paragraph with a note copied just below it (the copy is not where the note was). */
export const duplicateParagraph: Edit = (draft, random) => {
  const note = pick(
    present(draft).filter((item) => isProse(blocks(draft.marked)[blockOf(blocks(draft.marked), item)]!)),
    random,
  );
  if (note === undefined) return [];
  const parts = blocks(draft.marked);
  const at = blockOf(parts, note);
  parts.splice(at + 1, 0, copied(parts[at]!));
  draft.marked = joinBlocks(parts);
  return notesIn(parts[at]!);
};

/** The rendered text of a draft (CRLF when saved so) and where each note's words are in it. */
export function saved(draft: Draft): ReturnType<typeof render> {
  return render(draft.crlf ? draft.marked.replace(/\n/gu, '\r\n') : draft.marked);
}
