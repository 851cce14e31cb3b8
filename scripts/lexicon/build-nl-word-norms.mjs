#!/usr/bin/env node
// Builds src/main/engine/lexicon/nl/rare-words.json from FrequencyWords' OpenSubtitles 2018 Dutch
// 50k list (CC BY-SA 4.0, and so is the result; NOTICE credits it):
//   node scripts/lexicon/build-nl-word-norms.mjs <nl_50k.txt>
// Then: npx prettier --write src/main/engine/lexicon (the files are kept formatted).
// Familiarity: a word's rank among the 30,000 most frequent words of spoken (subtitle) Dutch, as
// for English; a word outside them (a stacked compound such as "klanttevredenheidsonderzoek") is rare.
import { readFileSync, writeFileSync } from 'node:fs';

const [frequencyFile] = process.argv.slice(2);
if (!frequencyFile) {
  console.error('usage: build-nl-word-norms.mjs <nl_50k.txt>');
  process.exit(2);
}
// The same vocabulary size as English (scripts/lexicon/build-en-word-norms.mjs).
const VOCABULARY = 30000;
const ranked = [];
const seen = new Set();
for (const line of readFileSync(frequencyFile, 'utf8').split('\n')) {
  const lower = line.split(' ')[0]?.toLowerCase() ?? '';
  // Dutch letters include accented vowels (één, café, reünie) and the apostrophe of 's and 't.
  if (!/^[a-zà-ÿ][a-zà-ÿ'-]*$/.test(lower) || seen.has(lower)) continue;
  seen.add(lower);
  ranked.push(lower);
  if (ranked.length === VOCABULARY) break;
}
writeFileSync(
  new URL('../../src/main/engine/lexicon/nl/rare-words.json', import.meta.url),
  `${JSON.stringify({
    source: `FrequencyWords (OpenSubtitles 2018): the ${VOCABULARY} most frequent spoken-Dutch words, most frequent first.`,
    licence: 'See NOTICE: FrequencyWords OpenSubtitles 2018 Dutch (CC BY-SA 4.0, and so is this file).',
    generated: 'node scripts/lexicon/build-nl-word-norms.mjs (see its header); do not edit by hand.',
    longWord: 0,
    // Words of everyday work that Dutch subtitles say less than people do (past rank 10,000), and
    // everyday loanwords ("speaker" of a phone or laptop, 12,812; a coach's audit rejected it as
    // rare, eval/audit/fresh-audit.md class 4).
    everyday: [
      'app',
      'apps',
      'chatbot',
      'dashboard',
      'downloaden',
      'e-mail',
      'e-mails',
      'factuur',
      'facturen',
      'inloggen',
      'leverancier',
      'nieuwsbrief',
      'online',
      'speaker',
      'speakers',
      'wachtwoord',
      'webinar',
      'website',
      'wifi',
    ],
    words: ranked,
  })}\n`,
);
console.log(`familiarity: ${ranked.length} Dutch words`);
