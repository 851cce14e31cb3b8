// The project's own calibration material as documents for fitting: the public-domain speeches
// (canonical against routine presidential speeches, Twain against routine) and the labelled passages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const csv = (path) => {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const keys = header.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, index) => [keys[index], cell])));
};
const sectionsOf = (engine, lang, text) => engine.analyseTalk(`---\nlang: ${lang}\n---\n${text}\n`).analysis.sections.map((s) => s.metrics);

/** Presidential speeches and Twain: which groups should score higher on which scores. */
export function speechDocuments(engine, root) {
  const folder = join(root, 'eval/corpora');
  const presidential = csv(join(folder, 'presidential/speeches_index.csv')).map((row) => ({
    group: row.group,
    sections: sectionsOf(engine, 'en', readFileSync(join(folder, 'presidential', row.file), 'utf8')),
  }));
  const twain = csv(join(folder, 'twain/index.csv')).map((row) =>
    sectionsOf(engine, 'en', readFileSync(join(folder, 'twain', row.file), 'utf8')),
  );
  const canonical = (group) => (group === 'canonical' ? 1 : 0);
  const documents = presidential.map(({ group, sections }) => ({
    dataset: 'speeches',
    sections,
    // Canonical speeches tell more stories and move more; routine messages are functional and unpersonal.
    targets: {
      stories: canonical(group),
      emotional: canonical(group),
      tooFunctional: 1 - canonical(group),
      tooUnpersonal: 1 - canonical(group),
    },
  }));
  for (const { sections } of presidential.filter((speech) => speech.group === 'routine'))
    documents.push({ dataset: 'twain', sections, targets: { stories: 0, emotional: 0 } });
  for (const sections of twain) documents.push({ dataset: 'twain', sections, targets: { stories: 1, emotional: 1 } });
  return documents;
}

/** The labelled passages in both languages: 1 where a passage clearly shows a principle, 0 where it clearly lacks it. */
export function passageDocuments(engine, root) {
  return ['en', 'nl'].flatMap((lang) => {
    const { passages } = JSON.parse(readFileSync(join(root, `eval/passages/${lang}.json`), 'utf8'));
    return passages.map((passage) => ({
      dataset: `passages-${lang}`,
      sections: sectionsOf(engine, lang, passage.text),
      targets: Object.fromEntries([...passage.shows.map((p) => [p, 1]), ...passage.lacks.map((p) => [p, 0])]),
    }));
  });
}
