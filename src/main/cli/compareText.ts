import { BLIND_SPOTS, PRINCIPLES } from '../../shared/analysis';
import type { DraftComparison, Move, SectionChange } from '../../shared/compare';
import { COACH } from '../engine/scoring/sectionScores';
import { COMPARE_WORDS } from '../report/compareWords';
import { undoubled } from '../report/reportEvidence';

// A move of less than 3 points is within the noise of one edited sentence; the text lists only
// the movements a coach would mention (JSON has them all).
const NOTABLE_MOVE = 3;

const signed = (value: number): string => (value > 0 ? `+${value}` : String(value));
const delta = (move: Move): number | null =>
  move.before === null || move.after === null ? null : Math.round((move.after - move.before) * 10) / 10;
const arrow = (move: Move): string => `${move.before ?? '–'} → ${move.after ?? '–'}${delta(move) ? ` (${signed(delta(move)!)})` : ''}`;

function sectionLine(change: SectionChange, comparison: DraftComparison, markdown: boolean): string {
  const words = COMPARE_WORDS[comparison.lang];
  const coach = COACH[comparison.lang];
  const mark = { unchanged: '=', changed: '~', added: '+', removed: '-' }[change.status];
  const title = change.newTitle ?? change.oldTitle ?? '';
  const tags: string[] = [words[change.status]];
  if (change.renamed) tags.push(`${words.renamed} (${words.was}: “${change.oldTitle}”)`);
  if (change.moved) tags.push(words.moved);
  const moves = [
    ...PRINCIPLES.map((principle) => [coach.principles[principle], delta(change.scores[principle])] as const),
    ...BLIND_SPOTS.map((spot) => [coach.blindSpots[spot].name, delta(change.risks[spot])] as const),
  ]
    .filter(([, value]) => value !== null && Math.abs(value) >= NOTABLE_MOVE)
    .map(([name, value]) => `${name} ${signed(value!)}`);
  const line = `${title} · ${tags.join(', ')}${moves.length > 0 ? ` · ${moves.join(', ')}` : ''}`;
  return markdown ? `- \`${mark}\` ${line}` : `  ${mark} ${line}`;
}

/** `sticky compare` as text or Markdown, in the new draft's language. */
export function formatComparison(comparison: DraftComparison, markdown: boolean): string {
  const words = COMPARE_WORDS[comparison.lang];
  const coach = COACH[comparison.lang];
  const heading = (text: string): string => (markdown ? `\n## ${text}\n` : `\n${text}`);
  const item = (text: string): string => (markdown ? `- ${text}` : `  ${text}`);
  const out: string[] = [];
  out.push(markdown ? `# ${words.compare}: ${comparison.new.title}\n` : `${words.compare}: ${comparison.new.title}`);
  out.push(
    `${comparison.old.file} → ${comparison.new.file} · ${words.score} ${arrow({ before: comparison.old.score, after: comparison.new.score })}`,
  );
  out.push(heading(words.principles));
  out.push(item(PRINCIPLES.map((principle) => `${coach.principles[principle]} ${arrow(comparison.scores[principle])}`).join(' · ')));
  out.push(heading(words.sections));
  for (const change of comparison.sections) out.push(sectionLine(change, comparison, markdown));
  out.push(heading(words.variants));
  for (const variant of comparison.variants) {
    const fit = (fits: boolean): string => (fits ? words.fits : words.doesNotFit);
    const elements = (ids: readonly string[]): string =>
      ids.length > 0 ? ids.map((id) => coach.elements[id as keyof typeof coach.elements].name).join(', ') : words.none;
    out.push(
      item(
        `${variant.variant} ${words.minutes}: ${words.score} ${arrow(variant.score)}; ${arrow(variant.minutes)} ${words.of} ${variant.target} ${words.minutes} (${fit(variant.fitsBefore)} → ${fit(variant.fitsAfter)}); ${words.gained}: ${elements(variant.elementsGained)}; ${words.lost}: ${elements(variant.elementsLost)}`,
      ),
    );
  }
  out.push(heading(words.notes));
  if (!comparison.notes) out.push(item(words.noNotes));
  const short = (text: string): string => {
    const oneLine = text.replace(/\s+/g, ' ');
    return undoubled(`“${oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine}”`);
  };
  for (const note of comparison.notes ?? []) {
    const moved = note.improved === null ? '' : ` · ${note.improved ? words.improved : words.notImproved}`;
    const now = note.quoteNow === null ? '' : ` (${words.now}: ${short(note.quoteNow)})`;
    out.push(item(`${words[note.status]}: ${short(note.quote)}${now} (${note.author}) ${note.text.replace(/\s+/g, ' ')}${moved}`));
  }
  return out.join('\n');
}
