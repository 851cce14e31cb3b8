// Edit sensitivity on our own before/after pairs (eval/edits/edits.json): each pair makes one edit
// a coach asks for (shorter sentences, everyday words, one named customer, a sourced figure, a
// question to the room, "I" for "we", a list said as one sentence, a story in the present tense)
// and says which score or risk must move and which way. A score that does not move is a defect.

/** A section's value of a dimension: a principle score or a blind spot's risk. */
const valueOf = (section, dimension) => section.scores[dimension] ?? section.blindSpots[dimension]?.risk ?? 0;

/** Scores one passage as a one-section talk in its language. */
const sectionOf = (engine, text, lang) => engine.analyseTalk(`---\nlang: ${lang}\n---\n## Passage\n\n${text}\n`).analysis.sections[0];

/** Per dimension, how many of its pairs moved the right way; and every pair that did not. */
export function editSensitivity(engine, edits) {
  const dimensions = {};
  const misses = [];
  for (const edit of edits) {
    const before = sectionOf(engine, edit.before, edit.lang);
    const after = sectionOf(engine, edit.after, edit.lang);
    for (const [dimension, sign] of Object.entries(edit.expect)) {
      const moved = Math.sign(valueOf(after, dimension) - valueOf(before, dimension)) === sign;
      const tally = (dimensions[dimension] ??= { right: 0, pairs: 0 });
      tally.pairs++;
      if (moved) tally.right++;
      else
        misses.push({ kind: edit.kind, lang: edit.lang, dimension, before: valueOf(before, dimension), after: valueOf(after, dimension) });
    }
  }
  return { dimensions, misses };
}
