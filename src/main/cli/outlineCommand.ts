import { outlineJson } from '../engine/outline';
import { parseTalk } from '../engine/talk/parseTalk';
import { planTalk } from '../engine/timing/plan';
import { formatOutlineText } from './outlineText';
import { withoutControls } from './safeText';
import { forEachTalk, formatOf, type Io } from './talkLoop';

/** `sticky outline FILE...`: sections, variants and the timing plan; needs no scoring, so loads none of it. */
export function runOutline(files: string[], json: boolean, io: Io): Promise<number> {
  return forEachTalk(files, io, async (file, talkFile, index) => {
    const talk = parseTalk(talkFile.text, { fileName: talkFile.name });
    // The path as the user gave it (README): an absolute one stays absolute.
    const outline = outlineJson(file, talk, planTalk(talk), formatOf(talkFile));
    io.out(json ? JSON.stringify(outline) : `${index > 0 ? '\n' : ''}${formatOutlineText(withoutControls(outline))}`);
  });
}
