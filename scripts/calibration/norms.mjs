// Single-feature baselines for `npm run eval` built straight from shippable human norms (not from
// Sticky's own lexicon files, so a model of ours cannot flatter itself): the mean Glasgow Norms
// concreteness, imageability and familiarity of a text's rated words, and the mean spoken frequency
// (log rank in FrequencyWords' English subtitles list). Read from a folder given with --norms,
// ../shared/lexicons by default; without it these baselines are left out and the report says so.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const GLASGOW = 'en_glasgow_norms_scott2019.csv';
const FREQUENCY = 'en_frequencywords_opensubtitles2018_50k.txt';

/** The norms' baseline features of a text, or null when the folder lacks the files. */
export function normsBaselines(folder) {
  if (!existsSync(join(folder, GLASGOW)) || !existsSync(join(folder, FREQUENCY))) return null;
  const [header, ...rows] = readFileSync(join(folder, GLASGOW), 'utf8').trim().split('\n');
  const columns = header.split(',');
  const at = (name) => columns.indexOf(name);
  const rated = new Map();
  for (const row of rows) {
    const cells = row.split(',');
    // Plain words only: a sense-split word ("bank (river)") also has its plain row when it is common.
    if (cells[0].includes('(')) continue;
    rated.set(cells[0].toLowerCase(), {
      concreteness: Number(cells[at('Concreteness')]),
      imageability: Number(cells[at('Imageability')]),
      familiarity: Number(cells[at('Familiarity')]),
    });
  }
  const rank = new Map();
  readFileSync(join(folder, FREQUENCY), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const word = line.split(' ')[0];
      if (word && !rank.has(word)) rank.set(word, index);
    });
  return (text) => {
    const sums = { concreteness: 0, imageability: 0, familiarity: 0, frequency: 0 };
    let count = 0;
    let ranked = 0;
    for (const word of text.toLowerCase().match(/[a-z][a-z']*/g) ?? []) {
      const norms = rated.get(word);
      if (norms) {
        count++;
        sums.concreteness += norms.concreteness;
        sums.imageability += norms.imageability;
        sums.familiarity += norms.familiarity;
      }
      // Unlisted words count as rarer than the 50,000th.
      sums.frequency -= Math.log((rank.get(word) ?? 50000) + 2);
      ranked++;
    }
    return {
      'Glasgow concreteness': sums.concreteness / (count || 1),
      'Glasgow imageability': sums.imageability / (count || 1),
      'Glasgow familiarity': sums.familiarity / (count || 1),
      'spoken frequency': sums.frequency / (ranked || 1),
    };
  };
}
