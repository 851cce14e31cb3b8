/** A talk of at least `minWords` words from Mark Twain's speeches, with ## sections. */
export function buildLongTalk(minWords: number, title: string, skipWords?: number): { text: string; words: number };
