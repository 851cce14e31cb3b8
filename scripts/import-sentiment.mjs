#!/usr/bin/env node
// One-off import (not run by tests or the app): turns the sentiment lexicons in ../shared/lexicons
// into the compact JSON Sticky ships. English: VADER (MIT), words only, valence -4..4.
// Dutch: pattern's adjectives (PDDL), polarity -1..1 scaled to -4..4, averaged over senses.
import { readFileSync, writeFileSync } from 'node:fs';

const shared = process.argv[2] ?? '../shared/lexicons';
const out = 'src/main/engine/lexicon';

const vader = {};
for (const line of readFileSync(`${shared}/en_vader_lexicon.txt`, 'utf8').split('\n')) {
  const [word, valence] = line.split('\t');
  if (word && /^[a-z][a-z'-]*$/.test(word)) vader[word] = Number(valence);
}

const pattern = new Map();
const rows = readFileSync(`${shared}/nl_pattern_sentiment_adjectives.csv`, 'utf8').split('\n').slice(1);
for (const row of rows) {
  const [form, , , polarity] = row.split(',');
  if (!form || !/^[\p{Ll}][\p{L}'-]*$/u.test(form)) continue;
  const list = pattern.get(form) ?? [];
  list.push(Number(polarity));
  pattern.set(form, list);
}
const nl = {};
for (const [form, values] of [...pattern].sort(([a], [b]) => a.localeCompare(b))) {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  if (Math.abs(mean) >= 0.05) nl[form] = Math.round(mean * 4 * 100) / 100;
}

const write = (lang, source, licence, entries) =>
  writeFileSync(
    `${out}/${lang}/feeling.json`,
    `${JSON.stringify({ source, licence, scale: '-4 (very negative) to 4 (very positive)', entries })}\n`,
  );
write('en', 'VADER sentiment lexicon (C.J. Hutto), vaderSentiment/vader_lexicon.txt, words only', 'MIT', vader);
write('nl', 'pattern (CLiPS, University of Antwerp), pattern/text/nl/nl-sentiment.xml adjectives, polarity x 4', 'PDDL 1.0', nl);
console.log(`en: ${Object.keys(vader).length} words, nl: ${Object.keys(nl).length} words`);
