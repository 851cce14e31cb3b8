// A 60-minute keynote has about 20 sections; 1,000 is fifty times that and keeps a generated file
// of 200,000 headings (or slide separators) to a second of work (see budget.ts for the words).
/** The most sections a talk (or slides a deck) is split into. */
export const MAX_SECTIONS = 1000;
