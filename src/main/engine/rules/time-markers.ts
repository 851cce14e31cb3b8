import { regexMatches, spanOf } from './regex';
import { codeMatch, type Match, type SectionContext } from './types';

// Years from 1800 to 2099: the span of the stories a CX talk tells.
const YEAR = /(?<![\p{L}\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu;

/** Years as time markers ("in 2013"); the phrases ("last week", "vorige week") come from lexicon/<lang>/time-markers.json. */
export function timeMarkers(context: SectionContext): Match[] {
  return regexMatches(context.masked, YEAR, (hit) => codeMatch(context, 'time-markers', 'stories+', spanOf(hit), { entry: 'year' }));
}
