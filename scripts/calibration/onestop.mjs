// Edit sensitivity on real rewrites: OneStopEnglish's news texts, each rewritten by teachers at
// three reading levels (advanced, intermediate, elementary). The same facts told more simply should
// score higher on Simple and lower on too complete and too conceptual, whatever the length: each
// version is cut into sections of about the same size (SECTION_WORDS) and scores are the mean over
// its sections, so a shorter text is not simpler by being shorter.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The size of a talk section (two minutes spoken), as for the TED talks (calibration/ted.mjs).
const SECTION_WORDS = 150;
const LEVELS = ['adv', 'int', 'ele'];
/** Each dimension the rewrites speak to, and the direction a simpler version should move it. */
export const REWRITE_DIMENSIONS = [
  ['simple', 1],
  ['tooComplete', -1],
  ['tooConceptual', -1],
];

/** A plain text as a talk of sections of about SECTION_WORDS words. */
function asSections(text) {
  const sections = [];
  let current = [];
  let words = 0;
  for (const paragraph of text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    current.push(paragraph);
    words += paragraph.split(/\s+/).length;
    if (words >= SECTION_WORDS) {
      sections.push(current.join('\n\n'));
      current = [];
      words = 0;
    }
  }
  if (current.length) sections.push(current.join('\n\n'));
  return `---\nlang: en\n---\n${sections.map((body, index) => `## Part ${index + 1}\n\n${body}`).join('\n\n')}\n`;
}

/** A version's dimensions: principle scores and blind-spot risks, means over its sections. */
export function dimensions(engine, talk) {
  const { sections } = engine.analyseTalk(talk).analysis;
  const mean = (value) => sections.reduce((sum, section) => sum + value(section), 0) / (sections.length || 1);
  return Object.fromEntries(
    REWRITE_DIMENSIONS.map(([name]) => [name, mean((section) => section.scores[name] ?? section.blindSpots[name]?.risk ?? 0)]),
  );
}

/** Per dimension, the share of simpler-than pairs (adv>int, int>ele, adv>ele) that move the right way; null without the folder. */
export function rewriteSensitivity(engine, folder) {
  if (!existsSync(folder)) return null;
  const names = [
    ...new Set(
      readdirSync(folder)
        .filter((f) => /\.(adv|int|ele)\.txt$/.test(f))
        .map((f) => f.split('.')[0]),
    ),
  ];
  const right = Object.fromEntries(REWRITE_DIMENSIONS.map(([name]) => [name, 0]));
  let pairs = 0;
  for (const name of names) {
    const versions = LEVELS.map((level) => dimensions(engine, asSections(readFileSync(join(folder, `${name}.${level}.txt`), 'utf8'))));
    for (const [harder, simpler] of [
      [0, 1],
      [1, 2],
      [0, 2],
    ]) {
      pairs++;
      for (const [dimension, sign] of REWRITE_DIMENSIONS)
        if (Math.sign(versions[simpler][dimension] - versions[harder][dimension]) === sign) right[dimension]++;
    }
  }
  return {
    texts: names.length,
    pairs,
    shares: Object.fromEntries(Object.entries(right).map(([name, count]) => [name, count / (pairs || 1)])),
  };
}
